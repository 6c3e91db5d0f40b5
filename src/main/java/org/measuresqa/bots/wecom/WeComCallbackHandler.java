package org.measuresqa.bots.wecom;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * {@code GET} and {@code POST /wecom/callback}: a WeCom self-built app's 接收消息 callback.
 * <ul>
 * <li>{@link #verify}: URL verification. Checks {@code msg_signature} over token, timestamp, nonce and echostr,
 * decrypts echostr, checks the receive id is our CorpID and replies the bare plaintext.</li>
 * <li>{@link #receive}: a message. Checks the signature over {@code <Encrypt>}, decrypts, checks the receive id, parses
 * the XML (XXE-safe) and replies an empty 200 at once (WeCom waits 5 s, then retries). Text messages are answered on
 * the executor through the active-send API, in the conversation of their sender; other types are ignored. A repeated
 * {@code MsgId} is acknowledged and not answered again.</li>
 * </ul>
 * Missing parameters or an unreadable body are 400, a wrong signature or receive id 401: one log line, nothing run.
 * Logs MsgIds, never content, tokens or secrets.
 */
public final class WeComCallbackHandler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WeComCallbackHandler.class);

    private final WeComSettings settings;
    private final WeComCrypto crypto;
    private final BotConversations conversations;
    private final WeComClient client;
    private final WeComFormatter formatter;
    private final ExecutorService executor;
    private final KeyedWork work;
    private final ExecutorService replies = BotReplies.busyReplies();
    private final Clock clock;
    private final BotState seen;

    /** @param executor runs the answers; the handler owns it from now on and shuts it down in {@link #close()} */
    public WeComCallbackHandler(WeComSettings settings, ConversationService answers, ExecutorService executor) {
        this(settings, new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), new WeComClient(settings), executor, Clock.systemUTC());
    }

    /** @param clock for the dedupe window */
    public WeComCallbackHandler(WeComSettings settings, BotConversations conversations, WeComClient client, ExecutorService executor,
                                Clock clock) {
        this(settings, conversations, client, executor, clock, KeyedWork.DEFAULT_MAX_QUEUED);
    }

    /** @param maxQueued questions that may wait for an answer, in all conversations; beyond it users are told to retry */
    public WeComCallbackHandler(WeComSettings settings, BotConversations conversations, WeComClient client, ExecutorService executor,
                                Clock clock, int maxQueued) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.crypto = new WeComCrypto(settings);
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.client = Objects.requireNonNull(client, "client");
        this.formatter = new WeComFormatter(settings.publicBaseUrl());
        this.executor = Objects.requireNonNull(executor, "executor");
        this.work = new KeyedWork(executor, maxQueued);
        Telemetry.queueDepth("wecom", work::queued);
        this.seen = conversations.state();
        this.clock = clock;
    }

    /** The domain-verification file to serve at the root, when one is configured. */
    public Optional<WeComVerifyFile> domainVerifyFile() {
        return Optional.ofNullable(settings.domainVerifyFile());
    }

    /** {@code GET}: URL verification. */
    public void verify(Context ctx) {
        String signature = ctx.queryParam("msg_signature");
        String timestamp = ctx.queryParam("timestamp");
        String nonce = ctx.queryParam("nonce");
        String echostr = ctx.queryParam("echostr");
        if (signature == null || timestamp == null || nonce == null || echostr == null) {
            reject(ctx, 400, "URL verification without msg_signature, timestamp, nonce and echostr");
            return;
        }
        // Base64 never holds a space: one here is a '+' that reached us unencoded
        echostr = echostr.replace(' ', '+');
        if (!crypto.verify(signature, timestamp, nonce, echostr)) {
            reject(ctx, 401, "URL verification with a wrong msg_signature");
            return;
        }
        String plain;
        try {
            plain = crypto.decrypt(echostr);
        } catch (WeComCryptoException e) {
            reject(ctx, status(e), "URL verification: " + e.getMessage());
            return;
        }
        log.info("Answered WeCom's URL verification");
        ctx.status(200).contentType("text/plain; charset=utf-8").result(plain);
    }

    /** {@code POST}: a message or event. */
    public void receive(Context ctx) {
        String signature = ctx.queryParam("msg_signature");
        String timestamp = ctx.queryParam("timestamp");
        String nonce = ctx.queryParam("nonce");
        if (signature == null || timestamp == null || nonce == null) {
            reject(ctx, 400, "callback without msg_signature, timestamp and nonce");
            return;
        }
        WeComMessage message;
        try {
            String encrypted = WeComXml.fields(ctx.bodyAsBytes()).get("Encrypt");
            if (encrypted == null || encrypted.isBlank()) {
                reject(ctx, 400, "callback body without <Encrypt>");
                return;
            }
            encrypted = encrypted.strip();
            if (!crypto.verify(signature, timestamp, nonce, encrypted)) {
                reject(ctx, 401, "callback with a wrong msg_signature");
                return;
            }
            if (!fresh(timestamp)) {
                // a signed callback replayed later: refused before anything is decrypted or answered
                reject(ctx, 401, "callback timestamp " + timestamp + " is outside the " + FRESHNESS.toMinutes() + "-minute window");
                return;
            }
            message = WeComMessage.of(WeComXml.fields(crypto.decrypt(encrypted)));
        } catch (WeComCryptoException e) {
            reject(ctx, status(e), "callback: " + e.getMessage());
            return;
        }
        if (!message.isText()) {
            log.debug("WeCom {} message {} ignored", message.msgType(), message.logId());
        } else if (message.agentId() != null && !message.agentId().equals(String.valueOf(settings.agentId()))) {
            log.warn("WeCom message {} ignored: it is for agent {}, not ours ({})", message.logId(), message.agentId(), settings.agentId());
        } else if (!seen.claim(message.deliveryKey())) {
            log.info("WeCom message {} already taken on; acknowledged, not answered again", message.logId());
        } else if (toldToWait(message)) {
            log.info("WeCom message {}: the user asks too often; told to wait", message.logId());
        } else {
            try {
                if (work.submit(place(message), () -> answer(message))) {
                    log.info("WeCom message {} accepted", message.logId());
                } else {
                    log.warn("WeCom message {}: the answer queues are full; telling the user to try again", message.logId());
                    Telemetry.busy("wecom");
                    replies.execute(() -> notify(message, BotReplies.BUSY));
                }
            } catch (RejectedExecutionException e) {
                seen.release(message.deliveryKey());
                log.warn("WeCom message {} refused: shutting down; WeCom will retry it", message.logId());
                ctx.status(503).result("");
                return;
            }
        }
        ctx.status(200).result("");
    }

    /** Over the user's limit: the refusal, which says when to ask again, is sent, and true returned. */
    private boolean toldToWait(WeComMessage message) {
        Optional<String> refused = conversations.refusal(place(message));
        refused.ifPresent(words -> {
            Telemetry.rateLimited("wecom");
            replies.execute(() -> notify(message, words));
        });
        return refused.isPresent();
    }

    private String place(WeComMessage message) {
        return "wecom:" + settings.corpId() + ":" + message.fromUserName();
    }

    private void answer(WeComMessage message) {
        String question = message.content() == null ? "" : message.content().strip();
        List<String> pieces = BotReplies.reply(conversations, place(message), question,
                formatter::format, log, "WeCom message " + message.logId());
        send(message, pieces);
    }

    /** A busy or wait notice: sent at once, or left out when the member's limit would hold it back. */
    private void notify(WeComMessage message, String words) {
        try {
            client.sendNotice(message.fromUserName(), words);
        } catch (WeComApiException e) {
            log.warn("WeCom message {}: the notice was not sent: {}", message.logId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("WeCom message {}: sending the notice failed", message.logId(), e);
        }
    }

    private void send(WeComMessage message, List<String> pieces) {
        try {
            for (String piece : pieces) client.sendMarkdown(message.fromUserName(), piece);
        } catch (WeComApiException e) {
            log.warn("WeCom message {}: the reply was not sent: {}", message.logId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("WeCom message {}: sending the reply failed", message.logId(), e);
        }
    }

    /** WeCom signs the time of each callback: one older (or newer) than the window is a replay, not a delivery. */
    static final java.time.Duration FRESHNESS = java.time.Duration.ofMinutes(10);

    private boolean fresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= FRESHNESS.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int status(WeComCryptoException e) {
        return e.code() == WeComCryptoException.VALIDATE_RECEIVE_ID_ERROR ? 401 : 400;
    }

    private static void reject(Context ctx, int status, String reason) {
        log.warn("Rejected a WeCom request from {}: {}", ctx.ip(), reason);
        ctx.status(status).contentType("text/plain; charset=utf-8").result(status == 401 ? "invalid signature" : "bad request");
    }

    /** Stops taking work and waits up to ten seconds for answers under way. */
    @Override
    public void close() {
        BotReplies.shutdown(executor);
        BotReplies.shutdown(replies);
    }
}
