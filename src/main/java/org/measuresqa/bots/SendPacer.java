package org.measuresqa.bots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a bot's messages to one place within the platform's rate limits by making later ones wait, so that none is
 * refused or silently dropped: Slack allows about one {@code chat.postMessage} a second per channel, WeCom 30 app
 * messages a minute and 1000 an hour per member (and drops the rest without an error). Each limit is a sliding window:
 * at most {@code count} sends in any {@code window}. {@link #reserve} books the next free slot for a place and says how
 * long to wait for it; the caller waits, then sends. Slots are booked in call order, so the pieces of one long answer
 * go out in order and spaced, never faster than the limit. When the platform rate-limits a place all the same (it may
 * count what this pacer does not see), {@link #pause} holds the place's later messages back for as long as it asked.
 *
 * <p>The {@value #MAX_PLACES} most recently used places are remembered; one pushed out starts with a full allowance.
 */
public final class SendPacer {

    /** At most {@code count} sends in any {@code window}. */
    public record Limit(int count, Duration window) {
        public Limit {
            if (count < 1) throw new IllegalArgumentException("count must be at least 1, was " + count);
            Objects.requireNonNull(window, "window");
            if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /** Waits; a seam so tests move a clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    static final int MAX_PLACES = 10_000;

    private final List<Limit> limits;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Deque<Instant>> sent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_PLACES;
        }
    };
    private final Map<String, Instant> pausedUntil = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_PLACES;
        }
    };
    private final Duration longest;

    public SendPacer(List<Limit> limits, Clock clock, Sleeper sleeper) {
        if (limits == null || limits.isEmpty()) throw new IllegalArgumentException("limits must name at least one limit");
        this.limits = List.copyOf(limits);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.longest = this.limits.stream().map(Limit::window).max(Duration::compareTo).orElseThrow();
    }

    /** Slack's {@code chat.postMessage}: one message a second in a channel. */
    public static SendPacer slack(Clock clock, Sleeper sleeper) {
        return new SendPacer(List.of(new Limit(1, Duration.ofSeconds(1))), clock, sleeper);
    }

    /** WeCom's app messages: 30 a minute and 1000 an hour to one member. */
    public static SendPacer wecom(Clock clock, Sleeper sleeper) {
        return new SendPacer(List.of(new Limit(30, Duration.ofMinutes(1)), new Limit(1000, Duration.ofHours(1))), clock, sleeper);
    }

    /**
     * Books the earliest moment a message to {@code place} keeps within every limit.
     *
     * @return how long from now until that moment (zero when it may go at once)
     */
    public Duration reserve(String place) {
        Objects.requireNonNull(place, "place");
        synchronized (sent) {
            Instant now = clock.instant();
            Deque<Instant> times = sent.computeIfAbsent(place, p -> new ArrayDeque<>());
            while (!times.isEmpty() && !times.peekFirst().plus(longest).isAfter(now)) times.pollFirst();
            Instant paused = pausedUntil.get(place);
            if (paused != null && !paused.isAfter(now)) pausedUntil.remove(place);
            Instant at = next(place, now);
            times.addLast(at);
            return Duration.between(now, at);
        }
    }

    /**
     * Books a slot for {@code place} only if one is free now: for notices (busy, wait) that are worth sending at once
     * or not at all, and must not hold up the thread that sends them.
     *
     * @return true when booked (send now); false when the place would have to wait (nothing booked)
     */
    public boolean tryReserve(String place) {
        Objects.requireNonNull(place, "place");
        synchronized (sent) {
            Instant now = clock.instant();
            if (next(place, now).isAfter(now)) return false;
            sent.computeIfAbsent(place, p -> new ArrayDeque<>()).addLast(now);
            return true;
        }
    }

    /** The earliest moment from {@code now} on that a message to {@code place} keeps within every limit; books nothing. */
    private Instant next(String place, Instant now) {
        Instant at = now;
        Instant paused = pausedUntil.get(place);
        if (paused != null && paused.isAfter(at)) at = paused;
        Deque<Instant> times = sent.get(place);
        if (times == null) return at;
        for (Limit limit : limits) {
            if (times.size() < limit.count()) continue;
            Instant free = nthFromEnd(times, limit.count()).plus(limit.window());
            if (free.isAfter(at)) at = free;
        }
        return at;
    }

    /** Books no slot of {@code place} earlier than {@code wait} from now: the platform asked to wait that long. */
    public void pause(String place, Duration wait) {
        Objects.requireNonNull(place, "place");
        if (wait.isNegative() || wait.isZero()) return;
        synchronized (sent) {
            Instant until = clock.instant().plus(wait);
            pausedUntil.merge(place, until, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * Waits for the next slot of {@code place}.
     *
     * @return how long it waited
     */
    public Duration await(String place) throws InterruptedException {
        Duration wait = reserve(place);
        if (!wait.isZero()) sleeper.sleep(wait);
        return wait;
    }

    private static Instant nthFromEnd(Deque<Instant> times, int n) {
        var it = times.descendingIterator();
        Instant t = null;
        for (int i = 0; i < n; i++) t = it.next();
        return t;
    }
}
