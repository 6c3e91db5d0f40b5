package org.measuresqa.bots.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.measuresqa.bots.BotConversations;
import org.measuresqa.bots.BotReplies;
import org.measuresqa.bots.BotState;
import org.measuresqa.bots.KeyedWork;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.observe.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: Slack's Events API. Every request must carry a valid signature and a timestamp within
 * five minutes (else 401, one log line, nothing run). {@code url_verification} is answered with its challenge. An
 * {@code event_callback} is acknowledged at once (Slack wants 2xx within 3 s) and answered on the executor: the
 * question goes to the conversation of its thread, the answer is posted into that thread. A reply in a channel thread
 * without a mention is answered only in a thread where the bot has answered; in any other thread it is ignored
 * without keeping its text. A repeated delivery (same
 * {@code event_id}, e.g. a retry with {@code X-Slack-Retry-Num}, or the same message through another subscription) is
 * acknowledged and not answered again. Logs event ids, never text or tokens.
 */
public final class SlackEventsHandler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSignatureVerifier verifier;
    private final BotConversations conversations;
    private final SlackClient client;
    private final SlackFormatter formatter;
    private final ExecutorService executor;
    private final KeyedWork work;
    private final ExecutorService replies = BotReplies.busyReplies();
    private final BotState seen;

    /** @param executor runs the answers; the handler owns it from now on and shuts it down in {@link #close()} */
    public SlackEventsHandler(SlackSettings settings, ConversationService answers, ExecutorService executor) {
        this(settings, new BotConversations(answers, org.measuresqa.conversation.Caller.SLACK), new SlackClient(settings), executor, Clock.systemUTC());
    }

    /** @param clock for the timestamp check and the dedupe window */
    public SlackEventsHandler(SlackSettings settings, BotConversations conversations, SlackClient client, ExecutorService executor,
                              Clock clock) {
        this(settings, conversations, client, executor, clock, KeyedWork.DEFAULT_MAX_QUEUED);
    }

    /** @param maxQueued questions that may wait for an answer, in all conversations; beyond it users are told to retry */
    public SlackEventsHandler(SlackSettings settings, BotConversations conversations, SlackClient client, ExecutorService executor,
                              Clock clock, int maxQueued) {
        Objects.requireNonNull(settings, "settings");
        this.verifier = new SlackSignatureVerifier(settings.signingSecret(), clock);
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.client = Objects.requireNonNull(client, "client");
        this.formatter = new SlackFormatter(settings.publicBaseUrl());
        this.executor = Objects.requireNonNull(executor, "executor");
        this.work = new KeyedWork(executor, maxQueued);
        Telemetry.queueDepth("slack", work::queued);
        this.seen = conversations.state();
    }

    public void handle(Context ctx) {
        String timestamp = ctx.header("X-Slack-Request-Timestamp");
        String signature = ctx.header("X-Slack-Signature");
        if (timestamp == null || signature == null) {
            reject(ctx, 401, "missing X-Slack-Request-Timestamp or X-Slack-Signature");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (!verifier.isValid(timestamp, body, signature)) {
            reject(ctx, 401, "invalid signature or timestamp outside five minutes");
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            // signed, so from Slack: tell it not to retry what will never parse
            ctx.header("X-Slack-No-Retry", "1");
            reject(ctx, 400, "the body is not a JSON object");
            return;
        }
        String type = root.path("type").asText("");
        switch (type) {
            case "url_verification" -> {
                String challenge = root.path("challenge").asText("");
                if (challenge.isEmpty()) {
                    reject(ctx, 400, "url_verification without a challenge");
                    return;
                }
                log.info("Answered Slack's url_verification");
                ctx.status(200).contentType("text/plain; charset=utf-8").result(challenge);
            }
            case "event_callback" -> accept(ctx, SlackEvent.of(root));
            default -> {
                log.info("Ignored a Slack request of type {}", type.isEmpty() ? "(none)" : type);
                ctx.status(200).result("");
            }
        }
    }

    private void accept(Context ctx, SlackEvent event) {
        String retry = ctx.header("X-Slack-Retry-Num");
        String why = event.ignoreReason();
        if (why != null) {
            log.debug("Slack event {} ignored: {}", event.eventId(), why);
            ctx.status(200).result("");
            return;
        }
        if (event.isThreadReply() && !answersIn(event.placeKey())) {
            // someone else's thread: neither its text nor its key is kept
            log.debug("Slack event {} ignored: a reply in a thread the bot has not answered in", event.eventId());
            ctx.status(200).result("");
            return;
        }
        String eventKey = event.eventId() == null ? null : "slack-event:" + event.eventId();
        if (!seen.claim(eventKey, event.messageKey())) {
            log.info("Slack event {} already taken on (retry {}); acknowledged, not answered again", event.eventId(), retry == null ? "none" : retry);
            ctx.status(200).result("");
            return;
        }
        var refused = conversations.refusal("slack:" + event.teamId() + ":" + event.user());
        if (refused.isPresent()) {
            log.info("Slack event {}: the user asks too often; told to wait", event.eventId());
            Telemetry.rateLimited("slack");
            replies.execute(() -> post(event, List.of(refused.get())));
            ctx.status(200).result("");
            return;
        }
        try {
            if (!work.submit(event.placeKey(), () -> answer(event))) {
                log.warn("Slack event {}: the answer queues are full; telling the user to try again", event.eventId());
                // the busy reply is sent, on its own thread: it must not wait behind the queues that are full
                Telemetry.busy("slack");
                replies.execute(() -> post(event, List.of(BotReplies.BUSY)));
                ctx.status(200).result("");
                return;
            }
        } catch (RejectedExecutionException e) {
            seen.release(eventKey, event.messageKey());
            log.warn("Slack event {} refused: shutting down; Slack will retry it", event.eventId());
            ctx.status(503).result("shutting down");
            return;
        }
        log.info("Slack event {} ({}) accepted{}", event.eventId(), event.type(), retry == null ? "" : " on retry " + retry);
        ctx.status(200).result("");
    }

    /**
     * True when the bot has answered in the thread of {@code placeKey} (its conversation is known, and kept wherever
     * {@link BotConversations} keeps it) or is answering its first question there now.
     */
    private boolean answersIn(String placeKey) {
        return conversations.conversationId(placeKey).isPresent() || work.busy(placeKey);
    }

    private void answer(SlackEvent event) {
        List<String> messages = BotReplies.reply(conversations, event.placeKey(), event.question(), formatter::format, log,
                "Slack event " + event.eventId());
        post(event, messages);
    }

    private void post(SlackEvent event, List<String> messages) {
        for (String message : messages) {
            if (!client.postMessage(event.channel(), event.threadRoot(), message)) {
                log.warn("Slack event {}: the reply was not posted", event.eventId());
                return;
            }
        }
    }

    private static void reject(Context ctx, int status, String reason) {
        log.warn("Rejected a Slack request from {}: {}", ctx.ip(), reason);
        ctx.status(status).contentType("text/plain; charset=utf-8").result(status == 401 ? "invalid request signature" : reason);
    }

    /** Stops taking work and waits up to ten seconds for answers under way. */
    @Override
    public void close() {
        BotReplies.shutdown(executor);
        BotReplies.shutdown(replies);
    }
}
