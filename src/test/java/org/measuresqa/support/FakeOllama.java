package org.measuresqa.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 and a random port that speaks the part of Ollama's API the application uses:
 * {@code POST /api/chat} (streamed as NDJSON, one object a line, flushed line by line) and {@code GET /api/tags}.
 * It records every request it receives, with its body parsed as JSON, and answers {@code /api/chat} according to the
 * scenario a test sets: a normal stream, a missing model (404), a slow start, or an error line mid-stream after which
 * the connection stays open without finishing (as Ollama does when a runner crashes).
 * <p>
 * {@link #close()} stops the server and interrupts and joins every handler thread, so nothing is left running.
 */
public final class FakeOllama implements AutoCloseable {

    public static final String DEFAULT_MODEL = "qwen2.5:7b-instruct";
    private static final String CREATED_AT = "2025-01-01T00:00:00.000000001Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** Prefix of the names of the handler threads: tests can check that none outlives {@link #close()}. */
    public static final String THREAD_PREFIX = "fake-ollama-";

    /** One request as received: method, path, Content-Type header (null when absent) and body parsed as JSON (null when empty). */
    public record Request(String method, String path, String contentType, JsonNode body) {

        /** The {@code messages} array of a chat request, as a list. */
        public List<JsonNode> messages() {
            JsonNode messages = body == null ? null : body.get("messages");
            if (messages == null || !messages.isArray()) return List.of();
            List<JsonNode> out = new ArrayList<>();
            messages.forEach(out::add);
            return List.copyOf(out);
        }
    }

    /** How {@code POST /api/chat} answers. */
    public sealed interface Scenario permits Stream, ModelMissing, Slow, ErrorMidStream {
    }

    /** 200 and one line per piece, then a final {@code done} line. */
    public record Stream(List<String> pieces) implements Scenario {
        public Stream {
            pieces = List.copyOf(pieces);
        }
    }

    /** 404 with Ollama's "model not found" error. */
    public record ModelMissing() implements Scenario {
    }

    /** Waits (interruptibly) before sending anything, headers included; then streams the pieces. */
    public record Slow(Duration delay, List<String> pieces) implements Scenario {
        public Slow {
            Objects.requireNonNull(delay, "delay");
            pieces = List.copyOf(pieces);
        }
    }

    /** 200, a line per piece, then Ollama's error line; then keeps the connection open, never finishing. */
    public record ErrorMidStream(List<String> pieces) implements Scenario {
        public ErrorMidStream {
            pieces = List.copyOf(pieces);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final List<Thread> started = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Scenario scenario = new Stream(List.of("好的。"));
    private volatile List<String> models = List.of(DEFAULT_MODEL);
    private volatile String modelMissingName = DEFAULT_MODEL;

    private FakeOllama() throws IOException {
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, THREAD_PREFIX + instance + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            started.add(t);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server that streams "好的。" and lists {@value #DEFAULT_MODEL} until told otherwise. */
    public static FakeOllama start() {
        try {
            return new FakeOllama();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Ollama server", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    // ---- scenarios -------------------------------------------------------------------------------------------------

    public FakeOllama streams(String... pieces) {
        scenario = new Stream(List.of(pieces));
        return this;
    }

    public FakeOllama modelMissing(String model) {
        modelMissingName = Objects.requireNonNull(model, "model");
        scenario = new ModelMissing();
        return this;
    }

    public FakeOllama modelMissing() {
        return modelMissing(DEFAULT_MODEL);
    }

    public FakeOllama slow(Duration delay, String... pieces) {
        scenario = new Slow(delay, List.of(pieces));
        return this;
    }

    public FakeOllama failsMidStream(String... piecesBefore) {
        scenario = new ErrorMidStream(List.of(piecesBefore));
        return this;
    }

    /** The model names {@code GET /api/tags} lists. */
    public FakeOllama lists(String... modelNames) {
        models = List.of(modelNames);
        return this;
    }

    // ---- what was received -----------------------------------------------------------------------------------------

    /** Every request received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The {@code POST /api/chat} requests received so far, in order. */
    public List<Request> chatRequests() {
        return requests.stream().filter(r -> r.method().equals("POST") && r.path().equals("/api/chat")).toList();
    }

    // ---- serving ---------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (method.equals("GET") && path.equals("/api/tags")) {
                tags(exchange);
            } else if (method.equals("POST") && path.equals("/api/chat")) {
                chat(exchange, body);
            } else {
                json(exchange, 404, error("404 page not found"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the exchange is closed above, the thread ends here
        } catch (IOException e) {
            if (closing.getCount() > 0) throw e; // after close() the client side going away is expected
        }
    }

    private void chat(HttpExchange exchange, JsonNode body) throws IOException, InterruptedException {
        String model = body != null && body.hasNonNull("model") ? body.get("model").asText() : DEFAULT_MODEL;
        Scenario s = scenario;
        if (s instanceof ModelMissing) {
            json(exchange, 404, error("model \"" + modelMissingName + "\" not found, try pulling it first"));
        } else if (s instanceof Stream stream) {
            stream(exchange, model, stream.pieces(), true);
        } else if (s instanceof Slow slow) {
            if (closing.await(slow.delay().toMillis(), TimeUnit.MILLISECONDS)) return;
            stream(exchange, model, slow.pieces(), true);
        } else if (s instanceof ErrorMidStream broken) {
            OutputStream out = stream(exchange, model, broken.pieces(), false);
            line(out, error("an error was encountered while running the model"));
            closing.await(); // never finish: only close() (or an interrupt) ends this
        }
    }

    /** Sends 200 and a line per piece; with {@code finish} also the final done line. Returns the open body. */
    private OutputStream stream(HttpExchange exchange, String model, List<String> pieces, boolean finish) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0); // chunked
        OutputStream out = exchange.getResponseBody();
        for (String piece : pieces) line(out, chunk(model, piece));
        if (finish) line(out, done(model, pieces.size()));
        return out;
    }

    private void tags(HttpExchange exchange) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("models");
        for (String name : models) {
            ObjectNode m = list.addObject();
            m.put("name", name);
            m.put("modified_at", "2025-01-01T00:00:00Z");
            m.put("size", 1);
            m.put("digest", "x");
            ObjectNode details = m.putObject("details");
            details.put("format", "gguf");
            details.put("family", "qwen2");
            details.putNull("families");
            details.put("parameter_size", "7B");
            details.put("quantization_level", "Q4_0");
        }
        json(exchange, 200, root);
    }

    private static ObjectNode chunk(String model, String content) {
        ObjectNode line = JSON.createObjectNode();
        line.put("model", model);
        line.put("created_at", CREATED_AT);
        ObjectNode message = line.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        line.put("done", false);
        return line;
    }

    private static ObjectNode done(String model, int evalCount) {
        ObjectNode line = chunk(model, "");
        line.remove("done");
        line.put("done_reason", "stop");
        line.put("done", true);
        line.put("total_duration", 1);
        line.put("load_duration", 1);
        line.put("prompt_eval_count", 12);
        line.put("prompt_eval_duration", 1);
        line.put("eval_count", Math.max(1, evalCount));
        line.put("eval_duration", 1);
        return line;
    }

    private static ObjectNode error(String message) {
        ObjectNode e = JSON.createObjectNode();
        e.put("error", message);
        return e;
    }

    private static void line(OutputStream out, JsonNode value) throws IOException {
        out.write((JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void json(HttpExchange exchange, int status, JsonNode value) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops the server, closing its connections, interrupts every handler thread and waits until each has ended. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
        try {
            boolean stopped = handlers.awaitTermination(5, TimeUnit.SECONDS);
            // a pool counts as terminated just before its last threads have returned: wait for them to be gone
            for (Thread t : started) {
                t.join(5_000);
                stopped &= !t.isAlive();
            }
            if (!stopped) throw new IllegalStateException("fake Ollama handler threads did not stop within 5 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
