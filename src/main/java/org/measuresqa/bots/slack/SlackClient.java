package org.measuresqa.bots.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.measuresqa.bots.SendPacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts replies with the Web API's {@code chat.postMessage}. Slack reports most failures as HTTP 200 with
 * {@code {"ok": false, "error": "..."}}: those are logged by their error code and not retried, except rate limiting
 * ({@code ratelimited}, or HTTP 429 with {@code Retry-After}), which is waited out and retried for as long as Slack
 * asks, up to {@link #PATIENCE} in all: a rate-limited reply is late, not lost. Neither the token nor the
 * text is ever logged. Messages to one channel are paced to Slack's one a second ({@link SendPacer#slack}): the pieces
 * of a long answer, and answers in several threads of one channel, wait their turn instead of being rate limited.
 */
public final class SlackClient {

    /** Waits between attempts; a seam so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** How long a reply may wait out Slack's rate limiting before it is given up (and logged): far beyond any Retry-After seen. */
    public static final Duration PATIENCE = Duration.ofMinutes(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Set<String> RATE_LIMITED = Set.of("ratelimited", "rate_limited");
    private static final Logger log = LoggerFactory.getLogger(SlackClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSettings settings;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final SendPacer pacer;

    public SlackClient(SlackSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), d -> Thread.sleep(d.toMillis()));
    }

    SlackClient(SlackSettings settings, HttpClient http, Sleeper sleeper) {
        this(settings, http, sleeper, SendPacer.slack(Clock.systemUTC(), SendPacer.Sleeper.REAL));
    }

    /** @param pacer spaces the messages to one channel */
    public SlackClient(SlackSettings settings, HttpClient http, Sleeper sleeper, SendPacer pacer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = Objects.requireNonNull(http, "http");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
    }

    /**
     * Posts {@code text} (mrkdwn) into the thread of {@code threadTs} in {@code channel}.
     *
     * @return true when Slack accepted it; false when it failed (already logged)
     */
    public boolean postMessage(String channel, String threadTs, String text) {
        ObjectNode body = JSON.createObjectNode().put("channel", channel).put("text", text);
        if (threadTs != null) body.put("thread_ts", threadTs);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiBaseUrl() + "/chat.postMessage"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.botToken())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            pacer.await(channel);
            Duration waited = Duration.ZERO;
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Duration wait;
                if (response.statusCode() == 429) {
                    wait = retryAfter(response, Duration.ofSeconds(attempt));
                    log.warn("chat.postMessage to {} was rate limited (HTTP 429, Retry-After {} s), attempt {}",
                            channel, wait.toSeconds(), attempt);
                } else if (response.statusCode() / 100 != 2) {
                    log.warn("chat.postMessage to {} failed with HTTP {}; not retried", channel, response.statusCode());
                    return false;
                } else {
                    JsonNode reply = parse(response.body());
                    if (reply.path("ok").asBoolean(false)) return true;
                    String error = reply.path("error").asText("no error given");
                    if (!RATE_LIMITED.contains(error)) {
                        log.warn("chat.postMessage to {} failed: {}; not retried", channel, error);
                        return false;
                    }
                    wait = retryAfter(response, Duration.ofSeconds(attempt));
                    log.warn("chat.postMessage to {} failed: {}, attempt {}", channel, error, attempt);
                }
                if (waited.plus(wait).compareTo(PATIENCE) > 0) {
                    log.warn("chat.postMessage to {} gave up after {} rate-limited attempts over {} s", channel, attempt, waited.toSeconds());
                    return false;
                }
                waited = waited.plus(wait);
                // the channel's other messages wait as well, rather than each meeting the same refusal
                pacer.pause(channel, wait);
                sleeper.sleep(wait);
            }
        } catch (IOException e) {
            log.warn("chat.postMessage to {} at {} failed: {}", channel, settings.apiBaseUrl(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("chat.postMessage to {} was interrupted", channel);
            return false;
        }
    }

    private static Duration retryAfter(HttpResponse<?> response, Duration fallback) {
        return response.headers().firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                .orElse(fallback);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("ok", false).put("error", "the response was not JSON");
        }
    }
}
