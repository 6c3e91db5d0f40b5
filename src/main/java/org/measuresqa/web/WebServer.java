package org.measuresqa.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.bots.Bots;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationException;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.UnknownConversationException;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.StoreException;
import org.measuresqa.observe.Telemetry;
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

    /** Only this server's own scripts, styles and fonts; no inline script, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The API's questions are at most a few thousand characters: no request body of it needs more. */
    static final long API_MAX_BODY = 64 * 1024L;

    private final Retriever retriever;
    private final ConversationService answers;
    private final List<Measure> measures;
    private final int defaultK;
    private final Supplier<Map<String, Object>> health;
    private final Bots bots;
    private final ClientGuard guard;

    /** @param health the index state reported by {@code GET /health} */
    public WebServer(Retriever retriever, ConversationService answers, List<Measure> measures, int defaultK,
                     Supplier<Map<String, Object>> health) {
        this(retriever, answers, measures, defaultK, health, Bots.none(), new Config.Web("127.0.0.1", 0));
    }

    /**
     * @param bots the bots that are configured; their routes are added only for those
     * @param web  who may use the API, and how often
     */
    public WebServer(Retriever retriever, ConversationService answers, List<Measure> measures, int defaultK,
                     Supplier<Map<String, Object>> health, Bots bots, Config.Web web) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.guard = new ClientGuard(web);
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.measures = List.copyOf(measures);
        this.defaultK = defaultK;
        this.health = Objects.requireNonNull(health, "health");
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Slack's event payloads (a long message with its blocks) run to hundreds of kilobytes: they must arrive, so
            // that the bot can answer "too long"; the API's own bodies are held to API_MAX_BODY below
            config.http.maxRequestSize = 1024 * 1024L;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            // the page's own routes (/measures, /measures/17) are the same single page
            config.spaRoot.addFile("/measures", "/public/index.html", Location.CLASSPATH);
            config.requestLogger.http(this::logRequest);
            config.routes.before(ctx -> {
                RequestIds.of(ctx);
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.before("/api/*", ctx -> {
                if (ctx.contentLength() > API_MAX_BODY) throw new HttpResponseException(413, "请求太大（最多 64 KB）");
                guard.checkToken(ctx);
                guard.owner(ctx);
                if (ctx.method() == io.javalin.http.HandlerType.POST) guard.checkCrossSite(ctx);
            });
            for (String limited : List.of("/api/chat", "/api/chat/stream", "/api/feedback")) {
                config.routes.before(limited, ctx -> {
                    if (ctx.method() == io.javalin.http.HandlerType.POST) guard.checkRate(ctx);
                });
            }
            config.routes.get("/health", this::health);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(Telemetry.scrape()));
            config.routes.get("/api/measures", ctx -> ctx.json(measures.stream().map(MeasureView::of).toList()));
            config.routes.get("/api/measures/{number}", this::measure);
            config.routes.post("/api/search", this::search);
            config.routes.post("/api/chat", this::chat);
            config.routes.post("/api/chat/stream", this::chatStream);
            config.routes.get("/api/conversations", ctx -> ctx.json(answers.recentConversations(caller(ctx), 50)));
            config.routes.post("/api/feedback", this::feedback);
            bots.slack().ifPresent(slack -> config.routes.post("/slack/events", slack::handle));
            bots.wecom().ifPresent(wecom -> {
                config.routes.get("/wecom/callback", wecom::verify);
                config.routes.post("/wecom/callback", wecom::receive);
                // the console's 可信域名 check fetches exactly this name at the root; other names stay 404
                wecom.domainVerifyFile().ifPresent(file -> config.routes.get("/" + file.name(), file::serve));
            });
            config.routes.get("/api/conversations/{id}", ctx -> ctx.json(answers.messages(caller(ctx), ctx.pathParam("id"))));

            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(UnknownConversationException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(ConversationService.NoSuchTurnException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                log.error("Index failure on {} {} (request {}): {}", ctx.method(), ctx.path(), RequestIds.of(ctx), e.getMessage());
                error(ctx, 503, "索引暂时不可用，请稍后再试");
            });
            config.routes.exception(ConversationException.class, (e, ctx) -> {
                log.error("Conversation store failure on {} {} (request {}): {}", ctx.method(), ctx.path(), RequestIds.of(ctx), e.getMessage());
                error(ctx, 503, "会话记录暂时不可用，请稍后再试");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected failure on {} {} (request {})", ctx.method(), ctx.path(), RequestIds.of(ctx), e);
                error(ctx, 500, "服务器内部出错，已记录在日志中");
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

    private void chat(Context ctx) {
        ChatRequestBody request = ChatRequestBody.parse(ctx.body());
        ctx.json(ChatResponse.of(answers.chat(caller(ctx), request.conversationId(), request.message(), ChatListener.NONE)));
    }

    /**
     * The same turn as server-sent events: {@code measures} (what was retrieved), {@code delta} (answer text as it is
     * written), {@code queued} (waiting in line for the model, with its place), {@code reset} (the model failed
     * mid-answer, or is asked again; drop the text so far), then {@code done} with the verified
     * answer, or {@code error}. Input mistakes are still plain 4xx responses, before any event.
     */
    private void chatStream(Context ctx) throws java.io.IOException {
        ChatRequestBody request = ChatRequestBody.parse(ctx.body());
        try {
            answers.requireConversation(caller(ctx), request.conversationId());
        } catch (ConversationException storeDown) {
            // the turn is still answered, as not saved: see ConversationService#chat
        }
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        SseWriter sse = new SseWriter(ctx.res().getOutputStream());
        try {
            var turn = answers.chat(caller(ctx), request.conversationId(), request.message(), new ChatListener() {
                @Override
                public void onRetrieved(RetrievalResult retrieval) {
                    sse.send("measures", SearchResponse.of(retrieval));
                }

                @Override
                public void onDelta(String text) {
                    sse.send("delta", Map.of("text", text));
                }

                @Override
                public void onReset(String reason) {
                    sse.send("reset", Map.of("reason", reason));
                }

                @Override
                public void onQueued(int position) {
                    sse.send("queued", Map.of("position", position));
                }
            });
            sse.send("done", ChatResponse.of(turn));
        } catch (java.io.UncheckedIOException clientGone) {
            log.info("A chat stream's client went away: {}", clientGone.getMessage());
        } catch (RuntimeException e) {
            log.error("A chat stream failed (request {})", RequestIds.of(ctx), e);
            sse.send("error", new ApiError("回答没能完成，请再问一次", RequestIds.of(ctx)));
        }
    }

    private void feedback(Context ctx) {
        FeedbackBody f = FeedbackBody.parse(ctx.body());
        answers.recordFeedback(caller(ctx), f.conversationId(), f.turn(), f.rating(), f.comment());
        ctx.status(201).json(Map.of("stored", true));
    }

    /** A browser (or API client) on the web: its conversations are the ones its owner cookie started. */
    private Caller caller(Context ctx) {
        return Caller.web(guard.owner(ctx));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, RequestIds.of(ctx)));
    }

    /**
     * One line per request, as key=value pairs a log search can filter on, and its measurement. The route is the
     * template that matched ({@code /api/conversations/{id}}), so neither carries ids or user text.
     */
    private void logRequest(Context ctx, Float ms) {
        String route = route(ctx);
        int status = ctx.statusCode();
        Telemetry.request(ctx.method().name(), route, status, Duration.ofNanos((long) (ms * 1_000_000L)));
        if (route.equals("static") || route.equals("/metrics")) return;
        log.info("request id={} method={} route={} status={} ms={}", RequestIds.of(ctx), ctx.method().name(), route, status,
                String.format(java.util.Locale.ROOT, "%.1f", ms));
    }

    private static String route(Context ctx) {
        String path;
        try {
            path = ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            path = null;
        }
        // static files, the page's own routes and unknown paths match no route, only the before-filters ("*", "/api/*")
        if (path == null || path.contains("*")) return ctx.statusCode() == 404 ? "unmatched" : "static";
        return path;
    }
}
