package org.measuresqa.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.StoreException;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.retrieval.Retriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API. All routes are declared in {@link #create()}; handlers only read and write JSON, the work is done by
 * the {@link Retriever}. User mistakes are 4xx with {@code {"error": "..."}}; nothing reaches a user as a stack trace.
 */
public final class WebServer {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Retriever retriever;
    private final List<Measure> measures;
    private final int defaultK;
    private final Supplier<Map<String, Object>> health;

    /** @param health the index state reported by {@code GET /health} */
    public WebServer(Retriever retriever, List<Measure> measures, int defaultK, Supplier<Map<String, Object>> health) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.measures = List.copyOf(measures);
        this.defaultK = defaultK;
        this.health = Objects.requireNonNull(health, "health");
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024L;
            config.routes.get("/health", this::health);
            config.routes.get("/api/measures", ctx -> ctx.json(measures.stream().map(MeasureView::of).toList()));
            config.routes.get("/api/measures/{number}", this::measure);
            config.routes.post("/api/search", this::search);

            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                log.error("Index failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                error(ctx, 503, "the index is not available: " + e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "an internal error occurred; it has been logged");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()));
        });
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.putAll(health.get());
        ctx.json(body);
    }

    private void measure(Context ctx) {
        String raw = ctx.pathParam("number");
        int number;
        try {
            number = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("measure number must be a whole number, was \"" + raw + "\"");
        }
        Measure m = measures.stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundResponse("there is no measure " + number + "; measures are numbered 1 to " + measures.size()));
        ctx.json(MeasureView.of(m));
    }

    private void search(Context ctx) {
        SearchRequest request = SearchRequest.parse(ctx.body(), defaultK);
        RetrievalResult result = retriever.retrieve(request.query(), request.history(), request.k());
        ctx.json(SearchResponse.of(result));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message));
    }
}
