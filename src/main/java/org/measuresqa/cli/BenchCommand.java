package org.measuresqa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.measuresqa.App;
import org.measuresqa.eval.EvalCase;
import org.measuresqa.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints the figures the project's targets are about, as medians over repeated runs: cold ingest, unchanged
 * re-ingest, server start to ready with an existing index, warm {@code /api/search} latency, and the server's peak
 * RSS. The server is started as its own process from this jar, exactly as users start it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest, start-up, search latency and memory; prints medians over repeated runs.")
final class BenchCommand extends CommonOptions implements Callable<Integer> {

    @Option(names = "--runs", description = "repetitions of ingest and start-up (default ${DEFAULT-VALUE})", defaultValue = "3")
    int runs;

    @Option(names = "--requests", description = "timed search requests (default ${DEFAULT-VALUE})", defaultValue = "1000")
    int requests;

    @Option(names = "--questions", description = "questions to search with (default ${DEFAULT-VALUE})", defaultValue = "eval/questions.jsonl")
    Path questions;

    @Spec
    CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || requests < 10) throw new UsageException("--runs must be at least 1 and --requests at least 10");
        PrintWriter out = spec.commandLine().getOut();
        Path jar = ownJar();
        Path dir = Files.createTempDirectory("measures-qa-bench");
        Path index = dir.resolve("bench.db");
        out.printf("machine: %d cores, Java %s; %d runs, %d search requests%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs, requests);

        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Files.deleteIfExists(index);
            cold.add(timeProcess(jar, index, dir));
        }
        List<Double> unchangedProcess = new ArrayList<>();
        for (int i = 0; i < runs; i++) unchangedProcess.add(timeProcess(jar, index, dir));
        List<Double> unchanged = new ArrayList<>();
        for (int i = 0; i < Math.max(5, runs); i++) unchanged.add(timeIngest(index));
        out.printf("cold ingest, whole `ingest` process on an empty index:      median %.0f ms %s%n", median(cold), cold);
        out.printf("unchanged re-ingest, whole `ingest` process (JVM included): median %.0f ms %s%n", median(unchangedProcess), unchangedProcess);
        out.printf("unchanged re-ingest, the operation alone (in process):      median %.0f ms %s%n", median(unchanged), unchanged);

        List<String> queries = EvalCase.load(questions).stream().map(EvalCase::question).toList();
        List<Double> starts = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        long peakRssKb = 0;
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            Thread.sleep(1000); // let this JVM's own compiler and collector threads go quiet first
            long t0 = System.nanoTime();
            Process server = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "serve", "--port", String.valueOf(port),
                    "--store", index.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("serve-" + i + ".log").toFile()).start();
            try {
                waitUntilReady(port, server);
                starts.add(Math.round((System.nanoTime() - t0) / 1e5) / 10.0);
                if (i == runs - 1) {
                    for (int w = 0; w < 100; w++) search(port, queries.get(w % queries.size()));
                    for (int r = 0; r < requests; r++) {
                        long s = System.nanoTime();
                        search(port, queries.get(r % queries.size()));
                        latencies.add((System.nanoTime() - s) / 1e6);
                    }
                    peakRssKb = peakRssKb(server.pid());
                }
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
        out.printf("server start to ready (existing index, JVM start included): median %.0f ms %s%n", median(starts), starts);
        Collections.sort(latencies);
        out.printf("/api/search warm latency over %d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                latencies.size(), percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99));
        out.printf("server peak RSS (VmHWM) after the searches: %s%n", peakRssKb > 0 ? (peakRssKb / 1024) + " MB" : "unavailable");
        return 0;
    }

    private double timeIngest(Path index) {
        Map<String, String> env = new java.util.HashMap<>(this.env);
        env.put("STORE_PATH", index.toString());
        long t0 = System.nanoTime();
        try (App app = App.open(org.measuresqa.config.Config.load(env, configFile))) {
            app.refreshIndex(Indexer.Progress.NONE);
        }
        return Math.round((System.nanoTime() - t0) / 1e5) / 10.0;
    }

    private static double timeProcess(Path jar, Path index, Path dir) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "ingest", "--store", index.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        if (p.waitFor() != 0) throw new IllegalStateException("ingest failed; see " + dir.resolve("ingest.log"));
        return Math.round((System.nanoTime() - t0) / 1e5) / 10.0;
    }

    private void search(int port, String query) throws Exception {
        String body = "{\"query\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(query) + "}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("search returned " + r.statusCode() + ": " + r.body());
    }

    private void waitUntilReady(int port, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("the server exited with " + server.exitValue());
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server did not answer /health within 60 s");
    }

    private static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!p.toString().endsWith(".jar")) throw new UsageException("run bench from the packaged jar: mvn package, then java -jar target/measures-qa.jar bench");
            return p;
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("cannot locate the running jar: " + e.getMessage());
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
