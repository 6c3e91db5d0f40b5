package org.measuresqa.bots.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.bots.Fixtures;

class SlackSignatureVerifierTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TIMESTAMP = "1531420618";
    static final String OFFICIAL_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    static final String JSON_SIGNATURE = "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652";

    private static SlackSignatureVerifier at(long epochSecond) {
        return new SlackSignatureVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void the_official_vector_from_slacks_documentation_gives_the_documented_signature() {
        byte[] body = Fixtures.bytes("slack/official_vector.body");
        assertThat(SlackSignatureVerifier.sign(SECRET, TIMESTAMP, body)).isEqualTo(OFFICIAL_SIGNATURE);
        assertThat(at(Long.parseLong(TIMESTAMP)).isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE)).isTrue();
    }

    @Test
    void the_json_vector_is_accepted_and_slacks_own_sdk_computes_the_same_signatures() {
        byte[] body = Fixtures.bytes("slack/url_verification.json");
        assertThat(at(Long.parseLong(TIMESTAMP)).isValid(TIMESTAMP, body, JSON_SIGNATURE)).isTrue();
        SlackSignature.Generator sdk = new SlackSignature.Generator(SECRET);
        for (String text : List.of("", "{\"type\":\"event_callback\",\"event\":{\"text\":\"知识产权证券化发行了多少单？\"}}", "a&b=c d\n\t\"ü\"")) {
            assertThat(SlackSignatureVerifier.sign(SECRET, "1700000000", text.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(sdk.generate("1700000000", text));
        }
    }

    @Test
    void a_mutated_body_signature_or_secret_is_rejected() {
        byte[] body = Fixtures.bytes("slack/official_vector.body");
        SlackSignatureVerifier verifier = at(Long.parseLong(TIMESTAMP));
        byte[] mutated = body.clone();
        mutated[10] ^= 1;
        assertThat(verifier.isValid(TIMESTAMP, mutated, OFFICIAL_SIGNATURE)).isFalse();
        byte[] extended = new String(body, StandardCharsets.UTF_8).concat(" ").getBytes(StandardCharsets.UTF_8);
        assertThat(verifier.isValid(TIMESTAMP, extended, OFFICIAL_SIGNATURE)).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE.replace("a2114d", "a2114e"))).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE.toUpperCase())).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE.substring(3))).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, body, "")).isFalse();
        assertThat(new SlackSignatureVerifier(SECRET + "x", Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC))
                .isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE)).isFalse();
    }

    @Test
    void timestamps_more_than_five_minutes_old_or_ahead_are_rejected_even_with_a_correct_signature() {
        byte[] body = Fixtures.bytes("slack/official_vector.body");
        long t = Long.parseLong(TIMESTAMP);
        assertThat(at(t + 300).isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE)).isTrue();
        assertThat(at(t - 300).isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE)).isTrue();
        assertThat(at(t + 301).isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE)).as("stale").isFalse();
        assertThat(at(t - 301).isValid(TIMESTAMP, body, OFFICIAL_SIGNATURE)).as("from the future").isFalse();
        // Slack's SDK checks only one direction: this is why the check is our own
        SlackSignature.Verifier sdk = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
        assertThat(sdk.isValid(TIMESTAMP, new String(body, StandardCharsets.UTF_8), OFFICIAL_SIGNATURE, (t - 3600) * 1000)).isTrue();
    }

    @Test
    void malformed_or_missing_timestamps_and_signatures_are_rejected() {
        byte[] body = Fixtures.bytes("slack/official_vector.body");
        SlackSignatureVerifier verifier = at(Long.parseLong(TIMESTAMP));
        for (String ts : List.of("", "abc", "1531420618.5", "-1531420618", " 1531420618", "99999999999999999999")) {
            assertThat(verifier.isValid(ts, body, OFFICIAL_SIGNATURE)).as(ts).isFalse();
        }
        assertThat(verifier.isValid(null, body, OFFICIAL_SIGNATURE)).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, null, OFFICIAL_SIGNATURE)).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, body, null)).isFalse();
    }
}
