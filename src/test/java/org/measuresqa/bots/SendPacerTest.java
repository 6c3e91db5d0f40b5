package org.measuresqa.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Pacing against a clock that the waits themselves move: no test sleeps. */
class SendPacerTest {

    private final MovableClock clock = new MovableClock();
    private final List<Duration> waits = new ArrayList<>();
    private final SendPacer.Sleeper sleeper = d -> {
        waits.add(d);
        clock.advance(d);
    };

    /** Sends {@code n} messages to {@code place} as fast as the pacer lets them go; returns when each went. */
    private List<Instant> send(SendPacer pacer, String place, int n) throws InterruptedException {
        List<Instant> at = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pacer.await(place);
            at.add(clock.instant());
        }
        return at;
    }

    private static int mostInAnyWindow(List<Instant> at, Duration window) {
        int most = 0;
        for (int i = 0; i < at.size(); i++) {
            int inWindow = 0;
            for (Instant t : at) if (!t.isBefore(at.get(i)) && t.isBefore(at.get(i).plus(window))) inWindow++;
            most = Math.max(most, inWindow);
        }
        return most;
    }

    @Test
    void the_pieces_of_a_long_slack_answer_go_one_a_second_and_another_channel_is_not_held_back() throws Exception {
        SendPacer pacer = SendPacer.slack(clock, sleeper);
        Instant start = clock.instant();
        List<Instant> at = send(pacer, "C1", 3);
        assertThat(at).containsExactly(start, start.plusSeconds(1), start.plusSeconds(2));
        assertThat(pacer.reserve("C2")).isEqualTo(Duration.ZERO);
        clock.advance(Duration.ofSeconds(5));
        assertThat(pacer.reserve("C1")).as("a quiet channel sends at once").isEqualTo(Duration.ZERO);
    }

    @Test
    void a_wecom_member_gets_thirty_messages_at_once_and_the_thirty_first_waits_for_the_first_to_leave_the_minute() throws Exception {
        SendPacer pacer = SendPacer.wecom(clock, sleeper);
        Instant start = clock.instant();
        List<Instant> at = send(pacer, "wecom:corp:zhangsan", 31);
        assertThat(at.subList(0, 30)).allMatch(start::equals);
        assertThat(at.get(30)).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(waits).containsExactly(Duration.ofMinutes(1));
        assertThat(pacer.reserve("wecom:corp:lisi")).as("another member").isEqualTo(Duration.ZERO);
    }

    @Test
    void a_busy_wecom_member_never_gets_more_than_thirty_a_minute_nor_a_thousand_an_hour() throws Exception {
        SendPacer pacer = SendPacer.wecom(clock, sleeper);
        List<Instant> at = send(pacer, "m", 1100);
        assertThat(at).hasSize(1100).isSorted();
        assertThat(mostInAnyWindow(at, Duration.ofMinutes(1))).isEqualTo(30);
        assertThat(mostInAnyWindow(at, Duration.ofHours(1))).isEqualTo(1000);
    }

    @Test
    void a_place_the_platform_paused_books_nothing_before_the_pause_ends_and_other_places_go_on() {
        SendPacer pacer = SendPacer.slack(clock, sleeper);
        pacer.pause("C1", Duration.ofSeconds(30));
        assertThat(pacer.reserve("C1")).isEqualTo(Duration.ofSeconds(30));
        assertThat(pacer.reserve("C1")).as("and the limit holds after it").isEqualTo(Duration.ofSeconds(31));
        assertThat(pacer.reserve("C2")).isEqualTo(Duration.ZERO);
        pacer.pause("C2", Duration.ofSeconds(5));
        pacer.pause("C2", Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(3));
        assertThat(pacer.reserve("C2")).as("a shorter pause does not cut a longer one").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_notice_is_booked_only_when_it_can_go_at_once_and_then_counts_against_the_limit() {
        SendPacer pacer = SendPacer.slack(clock, sleeper);
        assertThat(pacer.tryReserve("C1")).isTrue();
        assertThat(pacer.tryReserve("C1")).as("the channel's second is taken").isFalse();
        assertThat(pacer.reserve("C1")).as("the refused notice booked nothing").isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        assertThat(pacer.tryReserve("C1")).isTrue();
        pacer.pause("C2", Duration.ofSeconds(3));
        assertThat(pacer.tryReserve("C2")).isFalse();
    }

    @Test
    void with_the_real_clock_a_free_place_takes_a_notice_at_once() {
        SendPacer pacer = SendPacer.wecom(java.time.Clock.systemUTC(), SendPacer.Sleeper.REAL);
        for (int i = 0; i < 30; i++) assertThat(pacer.tryReserve("m")).as("notice " + (i + 1)).isTrue();
        assertThat(pacer.tryReserve("m")).isFalse();
    }

    @Test
    void callers_on_several_threads_book_distinct_slots() throws Exception {
        SendPacer pacer = SendPacer.slack(clock, d -> { });
        Map<Duration, Boolean> booked = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) threads.add(new Thread(() -> booked.put(pacer.reserve("C1"), true)));
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        assertThat(booked.keySet()).hasSize(8).contains(Duration.ZERO, Duration.ofSeconds(7));
    }

    @Test
    void limits_are_checked_by_name() {
        assertThatThrownBy(() -> new SendPacer.Limit(0, Duration.ofSeconds(1))).hasMessageContaining("count");
        assertThatThrownBy(() -> new SendPacer.Limit(1, Duration.ZERO)).hasMessageContaining("window");
        assertThatThrownBy(() -> new SendPacer(List.of(), clock, sleeper)).hasMessageContaining("limits");
    }
}
