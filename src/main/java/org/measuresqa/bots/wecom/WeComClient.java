package org.measuresqa.bots.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.measuresqa.bots.SendPacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends answers with the app's active-send API. {@code gettoken} is called once and its access token cached until
 * {@code expires_in} minus a margin (five minutes, or half the lifetime when that is shorter); when a send reports the
 * token expired or invalid (42001, 40014, 40001) the token is fetched again and the send retried once. Every call has
 * a timeout. Neither the secret, the token nor the content is logged, nor put in exception messages.
 *
 * <p>WeCom takes at most 30 app messages a minute and 1000 an hour for one member and silently drops the rest, so sends
 * to one member are paced ({@link SendPacer#wecom}): a message beyond the limit waits for its slot instead of being lost.
 */
public final class WeComClient {

    /** Message content limit in UTF-8 bytes. */
    public static final int MAX_CONTENT_BYTES = 2048;
    static final Set<Integer> TOKEN_ERRORS = Set.of(42001, 40014, 40001);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(WeComClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WeComSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final SendPacer pacer;
    private String token;
    private Instant tokenValidUntil = Instant.MIN;

    public WeComClient(WeComSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Clock.systemUTC());
    }

    public WeComClient(WeComSettings settings, HttpClient http, Clock clock) {
        this(settings, http, clock, SendPacer.wecom(clock, SendPacer.Sleeper.REAL));
    }

    /** @param pacer spaces the messages to one member */
    public WeComClient(WeComSettings settings, HttpClient http, Clock clock, SendPacer pacer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
    }

    /**
     * Sends one markdown message to one member of the app.
     *
     * @param content at most {@value #MAX_CONTENT_BYTES} UTF-8 bytes (split longer text with {@link WeComFormatter#split})
     * @throws WeComApiException when WeCom refuses it or cannot be reached
     */
    public void sendMarkdown(String toUser, String content) {
        String json = markdown(toUser, content);
        try {
            Duration held = pacer.await(toUser);
            if (held.toSeconds() >= 1) log.info("A message to one member waited {} s for WeCom's per-member limit (30 a minute, 1000 an hour)", held.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComApiException("message/send was interrupted while waiting for the member's rate limit", e);
        }
        send(json);
    }

    /**
     * Sends a short notice (busy, wait a moment) only when the member's limit lets it go at once. A member who has had
     * 30 messages this minute was told very recently; the notice is left out rather than held up for a minute, and
     * never holds up notices to other members.
     *
     * @return true when sent; false when left out (already logged)
     * @throws WeComApiException when WeCom refuses it or cannot be reached
     */
    public boolean sendNotice(String toUser, String content) {
        String json = markdown(toUser, content);
        if (!pacer.tryReserve(toUser)) {
            log.info("A notice to one member was left out: WeCom's per-member limit would hold it back, and they were told moments ago");
            return false;
        }
        send(json);
        return true;
    }

    private String markdown(String toUser, String content) {
        if (content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException("content is longer than " + MAX_CONTENT_BYTES + " bytes; split it first");
        }
        ObjectNode body = JSON.createObjectNode()
                .put("touser", toUser)
                .put("msgtype", "markdown")
                .put("agentid", settings.agentId());
        body.putObject("markdown").put("content", content);
        body.put("enable_duplicate_check", 0);
        return body.toString();
    }

    private void send(String json) {
        String token = accessToken();
        JsonNode reply = post(token, json);
        int errcode = reply.path("errcode").asInt(-1);
        if (TOKEN_ERRORS.contains(errcode)) {
            log.info("WeCom access token refused (errcode {}); fetching a new one and retrying once", errcode);
            expire(token);
            reply = post(accessToken(), json);
            errcode = reply.path("errcode").asInt(-1);
        }
        if (errcode != 0) {
            throw new WeComApiException(errcode, "message/send failed: errcode " + errcode + ", " + reply.path("errmsg").asText(""));
        }
    }

    /** The cached access token, fetched when there is none or it is about to expire. */
    synchronized String accessToken() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(tokenValidUntil)) return token;
        String url = settings.apiBaseUrl() + "/gettoken?corpid=" + enc(settings.corpId()) + "&corpsecret=" + enc(settings.secret());
        JsonNode reply = call(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET().build(), "gettoken");
        int errcode = reply.path("errcode").asInt(0);
        String fresh = reply.path("access_token").asText("");
        if (errcode != 0 || fresh.isEmpty()) {
            throw new WeComApiException(errcode, "gettoken failed: errcode " + errcode + ", " + reply.path("errmsg").asText("")
                    + "; check WECOM_CORP_ID, WECOM_SECRET and the app's 企业可信IP");
        }
        Duration lifetime = Duration.ofSeconds(Math.max(0, reply.path("expires_in").asLong(7200)));
        Duration margin = lifetime.compareTo(MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : MARGIN;
        token = fresh;
        tokenValidUntil = now.plus(lifetime).minus(margin);
        log.info("Fetched a WeCom access token, valid for {} s", lifetime.toSeconds());
        return token;
    }

    /** Forgets {@code refused} unless another thread already replaced it. */
    private synchronized void expire(String refused) {
        if (refused.equals(token)) {
            token = null;
            tokenValidUntil = Instant.MIN;
        }
    }

    private JsonNode post(String token, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiBaseUrl() + "/message/send?access_token=" + enc(token)))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return call(request, "message/send");
    }

    private JsonNode call(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WeComApiException("WeCom " + what + " at " + settings.apiBaseUrl() + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComApiException("WeCom " + what + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new WeComApiException(-1, "WeCom " + what + " answered HTTP " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new WeComApiException(-1, "WeCom " + what + " did not answer JSON");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
