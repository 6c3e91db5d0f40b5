package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TurnLimiterTest {

    @Test
    void each_client_has_its_own_bucket_of_turns_per_minute() {
        TurnLimiter limiter = new TurnLimiter(3);
        for (int i = 0; i < 3; i++) assertThat(limiter.acquire("alice")).isEmpty();
        assertThat(limiter.acquire("alice")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20)));
        assertThat(limiter.acquire("bob")).as("another client is not held back by alice").isEmpty();
    }

    @Test
    void zero_turns_the_limit_off_and_a_negative_limit_is_refused() {
        TurnLimiter off = TurnLimiter.off();
        for (int i = 0; i < 1000; i++) assertThat(off.acquire("alice")).isEmpty();
        assertThatThrownBy(() -> new TurnLimiter(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_refusal_says_in_chinese_how_many_seconds_to_wait() {
        assertThat(TurnLimiter.refusal(Duration.ofMillis(200))).isEqualTo("提问太频繁了，请 1 秒后再试");
        assertThat(TurnLimiter.refusal(Duration.ofSeconds(20))).contains("20 秒");
    }
}
