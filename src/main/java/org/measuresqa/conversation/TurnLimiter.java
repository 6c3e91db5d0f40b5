package org.measuresqa.conversation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often one client may ask: a token bucket per client (a browser's address, a Slack or WeCom user), refilled
 * evenly over a minute. The same limit holds on the web and in the bots. The most recent {@value #MAX_CLIENTS} clients
 * are remembered; one pushed out starts again with a full bucket, which errs on the side of answering.
 */
public final class TurnLimiter {

    static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    /** @param perMinute turns one client may take in a minute (a burst of that many at once); 0 turns the limit off */
    public TurnLimiter(int perMinute) {
        if (perMinute < 0) throw new IllegalArgumentException("perMinute must be 0 or more, was " + perMinute);
        this.perMinute = perMinute;
    }

    public static TurnLimiter off() {
        return new TurnLimiter(0);
    }

    /** Takes one turn for {@code client}: empty when allowed, otherwise how long until the next one is. */
    public Optional<Duration> acquire(String client) {
        if (perMinute == 0) return Optional.empty();
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) return Optional.empty();
        return Optional.of(Duration.ofSeconds(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L)));
    }

    /** What the user is told when refused, in whole seconds. */
    public static String refusal(Duration wait) {
        return "提问太频繁了，请 " + Math.max(1, wait.toSeconds()) + " 秒后再试";
    }
}
