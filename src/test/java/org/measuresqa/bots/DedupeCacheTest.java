package org.measuresqa.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DedupeCacheTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void a_key_is_new_once_and_then_seen_until_the_window_ends() {
        DedupeCache cache = DedupeCache.standard(clock);
        assertThat(cache.firstSeen("Ev1")).isTrue();
        assertThat(cache.firstSeen("Ev1")).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.firstSeen("Ev1")).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.firstSeen("Ev1")).isTrue();
    }

    @Test
    void a_delivery_is_a_repeat_when_any_of_its_keys_was_seen() {
        DedupeCache cache = DedupeCache.standard(clock);
        assertThat(cache.firstSeen("event:Ev1", "message:C1:1.1")).isTrue();
        assertThat(cache.firstSeen("event:Ev2", "message:C1:1.1")).isFalse();
        assertThat(cache.firstSeen("event:Ev2", "message:C1:1.2")).as("Ev2 was not recorded by the refused delivery").isTrue();
        assertThat(cache.firstSeen(null, "message:C1:1.3")).isTrue();
    }

    @Test
    void the_oldest_keys_go_first_when_the_cache_is_full() {
        DedupeCache cache = new DedupeCache(Duration.ofMinutes(10), 3, clock);
        for (String k : new String[] {"a", "b", "c", "d"}) assertThat(cache.firstSeen(k)).isTrue();
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.firstSeen("a")).isTrue();
        assertThat(cache.firstSeen("d")).isFalse();
    }

    @Test
    void a_forgotten_key_is_new_again() {
        DedupeCache cache = DedupeCache.standard(clock);
        cache.firstSeen("m1");
        cache.forget("m1");
        assertThat(cache.firstSeen("m1")).isTrue();
    }
}
