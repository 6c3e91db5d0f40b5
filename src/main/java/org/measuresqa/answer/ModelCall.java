package org.measuresqa.answer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One call to a model server, so that it can be cancelled by closing its connection: a model server (Ollama, vLLM)
 * stops a queued or running generation only when its client goes away. langchain4j's own cancel handle exists only
 * after the first token, too late to spare a prompt evaluation; so the HTTP exchanges the client starts on this
 * thread while the call is open are recorded here ({@link AbortableHttpClient}), and {@link #cancel()} aborts them.
 */
final class ModelCall implements AutoCloseable {

    private static final ThreadLocal<ModelCall> CURRENT = new ThreadLocal<>();

    private final List<CompletableFuture<?>> exchanges = new CopyOnWriteArrayList<>();
    private final List<Closeable> bodies = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    private ModelCall() {
    }

    /** Opens a call on this thread: exchanges started until {@link #close()} belong to it. */
    static ModelCall open() {
        ModelCall call = new ModelCall();
        CURRENT.set(call);
        return call;
    }

    /** Ends the recording on this thread; the exchanges stay cancellable. */
    @Override
    public void close() {
        CURRENT.remove();
    }

    /** Aborts every exchange of this call that is still open: waiting for headers, or streaming its body. */
    void cancel() {
        cancelled = true;
        exchanges.forEach(e -> e.cancel(true));
        bodies.forEach(ModelCall::closeQuietly);
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Called by the HTTP client for each exchange it starts. */
    static <T> CompletableFuture<HttpResponse<T>> track(CompletableFuture<HttpResponse<T>> exchange) {
        ModelCall call = CURRENT.get();
        if (call == null) return exchange;
        call.exchanges.add(exchange);
        exchange.thenAccept(response -> {
            if (response.body() instanceof InputStream body) {
                call.bodies.add(body);
                if (call.cancelled) closeQuietly(body);
            }
        });
        if (call.cancelled) exchange.cancel(true);
        return exchange;
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is going away either way
        }
    }
}
