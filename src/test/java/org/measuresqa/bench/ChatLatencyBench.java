package org.measuresqa.bench;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import io.javalin.Javalin;
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
import org.measuresqa.answer.ModelAnswerer;
import org.measuresqa.answer.ModelEndpoint;
import org.measuresqa.answer.Prompts;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.eval.EvalCase;
import org.measuresqa.support.FakeOllama;
import org.measuresqa.support.TestIndex;
import org.measuresqa.web.WebServer;

/**
 * Chat latency figures (not a test): extractive {@code /api/chat} p50/p99 over the question set, and the time to the
 * first streamed token with Ollama (a local fake answering with zero delay) against extractive, both through
 * {@code /api/chat/stream}. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.measuresqa.bench.ChatLatencyBench}.
 */
public final class ChatLatencyBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer (the fake) otherwise leaves Nagle's algorithm on, and each streamed line waits ~40 ms
        // for a delayed ACK: a cost of the fake, not of Ollama or of this program.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<String> questions = EvalCase.load(Path.of("eval/questions.jsonl")).stream()
                .filter(c -> c.history().isEmpty()).map(EvalCase::question).toList();
        Path dir = Files.createTempDirectory("chat-bench");
        TestIndex.store();

        try (FakeOllama fake = FakeOllama.start()) {
            fake.streams("截至2024年第三季度，", "已累计发行知识产权证券化产品93单[8]。");
            Javalin extractive = server(service(null, dir.resolve("e.db")));
            StreamingChatModel model = (StreamingChatModel) OllamaStreamingChatModel.builder().baseUrl(fake.baseUrl())
                    .modelName(FakeOllama.DEFAULT_MODEL).timeout(Duration.ofSeconds(30)).build();
            ModelAnswerer ollama = new ModelAnswerer(model, new ModelEndpoint(ModelEndpoint.Kind.OLLAMA, fake.baseUrl(), FakeOllama.DEFAULT_MODEL),
                    Prompts.load(Path.of("prompts")), new ModelAnswerer.Deadlines(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(30)));
            Javalin withOllama = server(service(ollama, dir.resolve("o.db")));
            try {
                List<Double> chat = new ArrayList<>();
                for (int i = 0; i < 50; i++) post(extractive.port(), "/api/chat", questions.get(i % questions.size()));
                for (int i = 0; i < 400; i++) {
                    long t = System.nanoTime();
                    post(extractive.port(), "/api/chat", questions.get(i % questions.size()));
                    chat.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(chat);
                System.out.printf("extractive /api/chat over %d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                        chat.size(), pct(chat, 50), pct(chat, 90), pct(chat, 99));

                String q = "知识产权证券化发行了多少单？";
                for (int i = 0; i < 30; i++) {
                    firstDelta(extractive.port(), q);
                    firstDelta(withOllama.port(), q);
                }
                List<Double> e = new ArrayList<>();
                List<Double> o = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    e.add(firstDelta(extractive.port(), q));
                    o.add(firstDelta(withOllama.port(), q));
                }
                Collections.sort(e);
                Collections.sort(o);
                System.out.printf("time to first streamed token, extractive: p50 %.2f ms; Ollama (fake, zero delay): p50 %.2f ms; "
                        + "overhead of Ollama mode: %.2f ms at the median%n", pct(e, 50), pct(o, 50), pct(o, 50) - pct(e, 50));
            } finally {
                extractive.stop();
                withOllama.stop();
            }
        }
        System.exit(0);
    }

    private static ConversationService service(ModelAnswerer primary, Path db) {
        return TestIndex.conversationService(java.util.Optional.ofNullable(primary), ConversationStore.open(db));
    }

    private static Javalin server(ConversationService service) {
        return new WebServer(TestIndex.retriever(), service, TestIndex.corpus().measures(), 5, Map::of).create().start("127.0.0.1", 0);
    }

    private static String body(String question) throws Exception {
        return "{\"message\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(question) + "}";
    }

    private static void post(int port, String path, String question) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body(question), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.body());
    }

    /** Milliseconds from sending the request to receiving the first {@code delta} event. */
    private static double firstDelta(int port, String question) throws Exception {
        long t = System.nanoTime();
        HttpResponse<java.io.InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/stream"))
                .POST(HttpRequest.BodyPublishers.ofString(body(question), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String line;
            double first = -1;
            while ((line = reader.readLine()) != null) {
                if (first < 0 && line.equals("event: delta")) first = (System.nanoTime() - t) / 1e6;
            }
            return first;
        }
    }

    private static double pct(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
