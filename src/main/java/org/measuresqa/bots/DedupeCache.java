package org.measuresqa.bots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers delivery keys (Slack event ids, WeCom MsgIds) for a while, so a retried or repeated delivery is
 * acknowledged but not answered twice. Bounded in both time and size: a key is forgotten after {@code ttl}, and the
 * oldest keys go first when more than {@code maxEntries} are held. In memory: a restart forgets everything.
 */
public final class DedupeCache {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    /** insertion order = age order */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public DedupeCache(Duration ttl, int maxEntries, Clock clock) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Ten minutes, ten thousand entries. */
    public static DedupeCache standard(Clock clock) {
        return new DedupeCache(DEFAULT_TTL, DEFAULT_MAX_ENTRIES, clock);
    }

    /**
     * Records {@code keys} and returns true when none of them was seen within the ttl; returns false (and records
     * nothing new) when any was. Null keys are skipped.
     */
    public synchronized boolean firstSeen(String... keys) {
        Instant now = clock.instant();
        evictExpired(now);
        List<String> present = java.util.Arrays.stream(keys).filter(Objects::nonNull).toList();
        if (present.isEmpty()) throw new IllegalArgumentException("at least one key is needed");
        for (String key : present) if (seen.containsKey(key)) return false;
        for (String key : present) seen.put(key, now);
        while (seen.size() > maxEntries) {
            Iterator<String> eldest = seen.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return true;
    }

    /** Forgets keys, e.g. when their delivery could not be taken on and should be accepted when it is retried. */
    public synchronized void forget(String... keys) {
        for (String key : keys) if (key != null) seen.remove(key);
    }

    public synchronized int size() {
        evictExpired(clock.instant());
        return seen.size();
    }

    private void evictExpired(Instant now) {
        Instant cutoff = now.minus(ttl);
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().isAfter(cutoff)) break;
            it.remove();
        }
    }
}
