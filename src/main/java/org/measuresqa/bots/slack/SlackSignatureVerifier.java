package org.measuresqa.bots.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature: {@code v0=} + hex HMAC-SHA256, keyed with the signing secret's UTF-8 bytes, over
 * {@code "v0:" + timestamp + ":" + raw body}. A timestamp more than five minutes away from now, in either direction, is
 * refused (replays). Signatures are compared in constant time.
 */
public final class SlackSignatureVerifier {

    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String VERSION = "v0";

    private final byte[] secret;
    private final Clock clock;

    public SlackSignatureVerifier(String signingSecret, Clock clock) {
        Objects.requireNonNull(signingSecret, "signingSecret");
        if (signingSecret.isEmpty()) throw new IllegalArgumentException("signingSecret must not be empty");
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param timestamp the {@code X-Slack-Request-Timestamp} header (Unix seconds)
     * @param body      the request bytes exactly as received
     * @param signature the {@code X-Slack-Signature} header
     */
    public boolean isValid(String timestamp, byte[] body, String signature) {
        if (timestamp == null || body == null || signature == null) return false;
        if (!timestamp.matches("\\d{1,12}")) return false;
        long seconds = Long.parseLong(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > MAX_SKEW.toSeconds()) return false;
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code X-Slack-Signature} value Slack sends for {@code body} at {@code timestamp}. */
    public static String sign(String signingSecret, String timestamp, byte[] body) {
        return sign(signingSecret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }

    private static String sign(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
