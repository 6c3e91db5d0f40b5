package org.measuresqa.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link BotState} does, in one process: dedupe within the window, give back, remember places. */
abstract class BotStateContract {

    final MovableClock clock = new MovableClock();

    /** A state with a ten-minute dedupe window, on {@link #clock}. */
    abstract BotState state();

    @Test
    void a_delivery_is_taken_on_once_within_the_window_and_again_after_it() {
        BotState s = state();
        assertThat(s.claim("Ev1")).isTrue();
        assertThat(s.claim("Ev1")).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(s.claim("Ev1")).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(s.claim("Ev1")).isTrue();
    }

    @Test
    void a_delivery_with_any_key_seen_claims_none_of_its_keys() {
        BotState s = state();
        assertThat(s.claim("Ev1", "msg-a")).isTrue();
        assertThat(s.claim("Ev2", "msg-a")).isFalse(); // the same message delivered under a new event id
        assertThat(s.claim("Ev2")).isTrue();           // so Ev2 was not claimed by the refused delivery
        assertThat(s.claim("Ev3", null)).isTrue();     // null keys are skipped
    }

    @Test
    void a_released_delivery_is_taken_on_when_retried() {
        BotState s = state();
        assertThat(s.claim("Ev1", "msg-a")).isTrue();
        s.release("Ev1", "msg-a");
        assertThat(s.claim("Ev1", "msg-a")).isTrue();
    }

    @Test
    void a_place_continues_the_conversation_last_remembered_for_it() {
        BotState s = state();
        assertThat(s.conversation("T1:C1:111.1")).isEmpty();
        s.remember("T1:C1:111.1", "conv-1");
        s.remember("T1:C1:222.2", "conv-2");
        assertThat(s.conversation("T1:C1:111.1")).contains("conv-1");
        s.remember("T1:C1:111.1", "conv-3");
        assertThat(s.conversation("T1:C1:111.1")).contains("conv-3");
        assertThat(s.conversation("T1:C1:222.2")).contains("conv-2");
    }
}
