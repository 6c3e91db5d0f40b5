package org.measuresqa.bots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for the Slack Web API or the WeCom API: the JDK's HTTP server on 127.0.0.1 and a random port. It
 * records every request and answers from a per-path script (one-off responses first, then the path's default).
 */
public final class FakeHttpApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    public record Response(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final List<Request> all = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Request> arrivals = new LinkedBlockingQueue<>();
    private final Map<String, Deque<Response>> once = new ConcurrentHashMap<>();
    private final Map<String, Response> defaults = new ConcurrentHashMap<>();

    private FakeHttpApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    public static FakeHttpApi start() {
        try {
            return new FakeHttpApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The answer to every request on {@code path} unless a one-off is queued. */
    public FakeHttpApi respond(String path, int status, String body, Map<String, String> headers) {
        defaults.put(path, new Response(status, body, headers));
        return this;
    }

    public FakeHttpApi respond(String path, String jsonBody) {
        return respond(path, 200, jsonBody, Map.of());
    }

    /** The answer to the next request on {@code path} only (queued in order). */
    public FakeHttpApi respondOnce(String path, int status, String body, Map<String, String> headers) {
        once.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Response(status, body, headers));
        return this;
    }

    public List<Request> requests(String path) {
        return all.stream().filter(r -> r.path().equals(path)).toList();
    }

    public List<Request> requests() {
        return List.copyOf(all);
    }

    /** Waits for the next request (in arrival order) on any path. */
    public Request next(Duration timeout) throws InterruptedException {
        Request r = arrivals.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) throw new AssertionError("no request reached the fake API within " + timeout);
        return r;
    }

    /** Waits for the next request on {@code path}, skipping others. */
    public Request next(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Request r = arrivals.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (r == null) throw new AssertionError("no request on " + path + " reached the fake API within " + timeout);
            if (r.path().equals(path)) return r;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), path, query, headers, body);
        Response response;
        synchronized (this) {
            Deque<Response> queued = once.get(path);
            response = queued != null && !queued.isEmpty() ? queued.poll() : defaults.getOrDefault(path, new Response(404, "{}", Map.of()));
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        all.add(request);
        arrivals.add(request);
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A copy of the requests seen so far, for assertions with messages. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Request r : all) out.add(r.method() + " " + r.path());
        return out;
    }
}
