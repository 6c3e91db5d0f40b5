package org.measuresqa.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model server that behaves like a real local one, over real HTTP/1.1 on 127.0.0.1: it loads the model on first
 * use (or on Ollama's empty warm-up request) and unloads it once {@code keep_alive} has passed; it evaluates the prompt
 * before the first token; it streams tokens at a set rate; it serves one generation at a time and queues the rest.
 * It speaks Ollama ({@code /api/chat}, {@code /api/generate}, {@code /api/tags}) and the OpenAI-compatible API
 * ({@code /v1/models}, {@code /v1/chat/completions}, Bearer key checked when one is set).
 * <p>
 * Each connection carries one request ({@code Connection: close}); a watcher notices when the client closes it, and the
 * request is then cancelled wherever it is (queued, evaluating or generating), as Ollama does. Every such close is
 * recorded, as is every prompt evaluation begun ({@link #wasted()}: begun, then abandoned).
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String MODEL = "qwen2.5:0.5b";

    /** One request as received. */
    public record Request(String method, String path, Map<String, String> headers, JsonNode body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Where a request was when its client closed the connection. */
    public enum Stage { QUEUED, LOADING, EVALUATING, GENERATING }

    /** Timings of the simulated model. */
    public record Timings(Duration load, Duration promptEval, double tokensPerSecond) {
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<Thread> handlers = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Stage> closedBy = new CopyOnWriteArrayList<>();
    private final Semaphore slot = new Semaphore(1, true);
    private final AtomicInteger evaluations = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();
    private volatile Timings timings = new Timings(Duration.ZERO, Duration.ZERO, 1000);
    private volatile List<String> tokens = List.of("好的。");
    private volatile String apiKey;
    private volatile long loadedUntil = Long.MIN_VALUE; // nanoTime; MIN_VALUE: not loaded
    private volatile boolean closing;

    private FakeModelServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "fake-model-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FakeModelServer start() {
        try {
            return new FakeModelServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake model server", e);
        }
    }

    public String ollamaUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public String openAiUrl() {
        return ollamaUrl() + "/v1";
    }

    // ---- behaviour -------------------------------------------------------------------------------------------------

    public FakeModelServer timings(Duration load, Duration promptEval, double tokensPerSecond) {
        timings = new Timings(load, promptEval, tokensPerSecond);
        return this;
    }

    /** The tokens each answer streams. */
    public FakeModelServer answers(String... pieces) {
        tokens = List.of(pieces);
        return this;
    }

    /** OpenAI-compatible requests then need {@code Authorization: Bearer key}, else 401. */
    public FakeModelServer requiresKey(String key) {
        apiKey = key;
        return this;
    }

    /** Drops the model from memory, as Ollama does once keep_alive has run out. */
    public void unload() {
        loadedUntil = Long.MIN_VALUE;
    }

    // ---- what happened ---------------------------------------------------------------------------------------------

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Where each request was when its client closed the connection early, in order. */
    public List<Stage> closedConnections() {
        return List.copyOf(closedBy);
    }

    /** Prompt evaluations begun. */
    public int evaluations() {
        return evaluations.get();
    }

    /** Generations that ran to their last token. */
    public int completed() {
        return completed.get();
    }

    /** Prompt evaluations begun whose answer nobody read to the end. */
    public int wasted() {
        return (int) closedBy.stream().filter(s -> s == Stage.EVALUATING || s == Stage.GENERATING).count();
    }

    /** Times the model was loaded into memory. */
    public int loads() {
        return loads.get();
    }

    public boolean loaded() {
        long until = loadedUntil;
        return until != Long.MIN_VALUE && until - System.nanoTime() > 0;
    }

    // ---- serving ---------------------------------------------------------------------------------------------------

    private void acceptLoop() {
        while (!closing) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> serve(s), "fake-model-" + handlers.size());
                t.setDaemon(true);
                handlers.add(t);
                t.start();
            } catch (IOException e) {
                if (!closing) throw new UncheckedIOException(e);
            }
        }
    }

    /** Per connection: what stage its request is in, and whether the client went away. */
    private static final class Exchange {
        volatile Stage stage = Stage.QUEUED;
        volatile boolean gone;
        volatile boolean finished;
    }

    private void serve(Socket s) {
        Thread self = Thread.currentThread();
        Exchange ex = new Exchange();
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = s.getInputStream();
            Request request = read(in);
            if (request == null) return;
            requests.add(request);
            Thread watcher = new Thread(() -> {
                try {
                    if (in.read() < 0) goneAway(ex, self);
                } catch (IOException e) {
                    goneAway(ex, self);
                }
            }, self.getName() + "-watch");
            watcher.setDaemon(true);
            watcher.start();
            route(request, s.getOutputStream(), ex);
            ex.finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (!ex.gone && !closing) ex.gone = true;
        }
    }

    private void goneAway(Exchange ex, Thread handler) {
        if (ex.gone || ex.finished || closing) return;
        ex.gone = true;
        closedBy.add(ex.stage);
        handler.interrupt();
    }

    private void route(Request r, OutputStream out, Exchange ex) throws IOException, InterruptedException {
        if (!r.path().endsWith("/chat") && !r.path().endsWith("/generate") && !r.path().endsWith("/completions")) ex.finished = true;
        String key = "POST".equals(r.method()) || "GET".equals(r.method()) ? r.method() + " " + r.path() : "";
        switch (key) {
            case "GET /api/tags" -> json(out, 200, JSON.readTree("{\"models\":[{\"name\":\"" + MODEL + "\",\"size\":1}]}"));
            case "POST /api/generate", "POST /api/chat" -> ollama(r, out, ex);
            case "GET /v1/models" -> {
                if (authorized(r, out, ex)) json(out, 200, JSON.readTree("{\"object\":\"list\",\"data\":[{\"id\":\"" + MODEL + "\",\"object\":\"model\"}]}"));
            }
            case "POST /v1/chat/completions" -> {
                if (authorized(r, out, ex)) openAi(r, out, ex);
            }
            default -> json(out, 404, error("404 page not found"));
        }
    }

    private boolean authorized(Request r, OutputStream out, Exchange ex) throws IOException {
        if (apiKey == null || ("Bearer " + apiKey).equals(r.header("authorization"))) return true;
        ex.finished = true;
        json(out, 401, JSON.readTree("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"));
        return false;
    }

    private void ollama(Request r, OutputStream out, Exchange ex) throws IOException, InterruptedException {
        JsonNode body = r.body();
        boolean warmUp = r.path().equals("/api/generate") ? !body.hasNonNull("prompt")
                : !body.has("messages") || body.get("messages").isEmpty();
        Duration keepAlive = keepAlive(body.get("keep_alive"));
        holdSlot(ex);
        try {
            load(ex);
            if (warmUp) {
                keep(keepAlive);
                ex.finished = true;
                json(out, 200, JSON.readTree("{\"model\":\"" + MODEL + "\",\"created_at\":\"2025-01-01T00:00:00Z\",\"response\":\"\",\"done\":true,\"done_reason\":\"load\"}"));
                return;
            }
            evaluate(ex);
            head(out, 200, "application/x-ndjson");
            for (String token : tokens) {
                sleep(tokenGap());
                chunk(out, line(Map.of("model", MODEL, "created_at", "2025-01-01T00:00:00Z",
                        "message", Map.of("role", "assistant", "content", token), "done", false)) + "\n");
            }
            chunk(out, line(Map.of("model", MODEL, "created_at", "2025-01-01T00:00:00Z",
                    "message", Map.of("role", "assistant", "content", ""), "done", true, "done_reason", "stop",
                    "prompt_eval_count", 12, "eval_count", tokens.size())) + "\n");
            ex.finished = true; // from here on the client closing is the normal end
            end(out);
            completed.incrementAndGet();
            keep(keepAlive);
        } finally {
            slot.release();
        }
    }

    private void openAi(Request r, OutputStream out, Exchange ex) throws IOException, InterruptedException {
        holdSlot(ex);
        try {
            load(ex);
            evaluate(ex);
            head(out, 200, "text/event-stream");
            chunk(out, "data: " + line(delta(Map.of("role", "assistant"), null)) + "\n\n");
            for (String token : tokens) {
                sleep(tokenGap());
                chunk(out, "data: " + line(delta(Map.of("content", token), null)) + "\n\n");
            }
            chunk(out, "data: " + line(delta(Map.of(), "stop")) + "\n\n");
            chunk(out, "data: [DONE]\n\n");
            ex.finished = true; // from here on the client closing is the normal end
            end(out);
            completed.incrementAndGet();
            keep(Duration.ofMinutes(5));
        } finally {
            slot.release();
        }
    }

    private static Map<String, Object> delta(Map<String, String> delta, String finish) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("id", "chatcmpl-1");
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", 1735689600);
        chunk.put("model", MODEL);
        chunk.put("choices", List.of(choice));
        return chunk;
    }

    /** One generation at a time: the rest wait here, in order of arrival, until served or their client goes. */
    private void holdSlot(Exchange ex) throws InterruptedException {
        ex.stage = Stage.QUEUED;
        slot.acquire();
    }

    private void load(Exchange ex) throws InterruptedException {
        if (loaded()) return;
        ex.stage = Stage.LOADING;
        sleep(timings.load());
        loads.incrementAndGet();
        keep(Duration.ofMinutes(5));
    }

    private void evaluate(Exchange ex) throws InterruptedException {
        ex.stage = Stage.EVALUATING;
        evaluations.incrementAndGet();
        sleep(timings.promptEval());
        ex.stage = Stage.GENERATING;
    }

    private void keep(Duration keepAlive) {
        loadedUntil = keepAlive.isNegative() ? Long.MAX_VALUE : System.nanoTime() + keepAlive.toNanos();
    }

    /** Ollama's keep_alive: seconds as a number, a Go duration string ("5m"), or negative for ever; absent: 5 minutes. */
    static Duration keepAlive(JsonNode value) {
        if (value == null || value.isNull()) return Duration.ofMinutes(5);
        if (value.isNumber()) return value.asLong() < 0 ? Duration.ofSeconds(-1) : Duration.ofSeconds(value.asLong());
        String t = value.asText();
        if (t.startsWith("-")) return Duration.ofSeconds(-1);
        long n = Long.parseLong(t.replaceAll("[smh]$", ""));
        return t.endsWith("h") ? Duration.ofHours(n) : t.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
    }

    private Duration tokenGap() {
        return Duration.ofNanos((long) (1_000_000_000L / timings.tokensPerSecond()));
    }

    private static void sleep(Duration d) throws InterruptedException {
        if (!d.isZero()) Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    }

    // ---- HTTP/1.1 by hand: one request a connection, so that a closed connection is one cancelled request -------------

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') break;
        }
        if (b < 0) return null;
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] first = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String path = first[1].contains("?") ? first[1].substring(0, first[1].indexOf('?')) : first[1];
        return new Request(first[0], path, Map.copyOf(headers), length == 0 ? JSON.createObjectNode() : JSON.readTree(body));
    }

    private static void head(OutputStream out, int status, String type) throws IOException {
        out.write(("HTTP/1.1 " + status + " OK\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void end(OutputStream out) throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void json(OutputStream out, int status, JsonNode value) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(value);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static String line(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    private static ObjectNode error(String message) {
        ObjectNode e = JSON.createObjectNode();
        e.put("error", message);
        return e;
    }

    /** Stops accepting, closes every connection and waits for each handler to end. */
    @Override
    public void close() {
        closing = true;
        try {
            socket.close();
            acceptor.join(5_000);
            List<Thread> all = new ArrayList<>(handlers);
            all.forEach(Thread::interrupt);
            for (Thread t : all) t.join(5_000);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
