package org.measuresqa.bots;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bot state in the {@link Database}: every instance sees the same deliveries and places, and a restart forgets
 * neither. A delivery is claimed by inserting its keys in one transaction ({@code ON CONFLICT DO NOTHING}); when two
 * instances race for the same key, the database lets exactly one insert it.
 *
 * <p>When the database cannot be reached the bots keep answering: a delivery is taken on (answering a retry twice is
 * better than answering nothing) and a place starts a new conversation; each such failure is logged.
 */
public final class StoredBotState implements BotState {

    private static final Logger log = LoggerFactory.getLogger(StoredBotState.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Duration window;
    private final Clock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    /** @param window how long a delivery key is remembered (Slack retries for about an hour at most; WeCom within seconds) */
    public StoredBotState(Database db, Duration window, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        if (window == null || window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive, was " + window);
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean claim(String... keys) {
        // sorted, so that two claims of overlapping keys lock them in the same order
        List<String> present = Arrays.stream(keys).filter(Objects::nonNull).distinct().sorted().toList();
        if (present.isEmpty()) throw new IllegalArgumentException("at least one key is needed");
        Instant now = clock.instant();
        String cutoff = Timestamps.of(now.minus(window));
        sweep(now, cutoff);
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement expired = c.prepareStatement("DELETE FROM bot_deliveries WHERE delivery_key = ? AND seen_at < ?");
                     PreparedStatement insert = c.prepareStatement(
                             "INSERT INTO bot_deliveries (delivery_key, seen_at) VALUES (?, ?) ON CONFLICT (delivery_key) DO NOTHING")) {
                    for (String key : present) {
                        expired.setString(1, key);
                        expired.setString(2, cutoff);
                        expired.executeUpdate();
                        insert.setString(1, key);
                        insert.setString(2, Timestamps.of(now));
                        if (insert.executeUpdate() == 0) {
                            c.rollback(); // seen: claim none of them
                            return false;
                        }
                    }
                }
                return true;
            });
        } catch (SQLException e) {
            log.warn("Could not check a bot delivery against {} ({}); taking it on", db.kind(), e.getMessage());
            return true;
        }
    }

    /** Deletes keys older than the window, at most once a minute per instance. */
    private void sweep(Instant now, String cutoff) {
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(SWEEP_EVERY)) || !lastSweep.compareAndSet(last, now)) return;
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM bot_deliveries WHERE seen_at < ?")) {
                    ps.setString(1, cutoff);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            log.warn("Could not delete old bot deliveries from {}: {}", db.kind(), e.getMessage());
        }
    }

    @Override
    public void release(String... keys) {
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM bot_deliveries WHERE delivery_key = ?")) {
                    for (String key : keys) {
                        if (key == null) continue;
                        ps.setString(1, key);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            log.warn("Could not give back a bot delivery in {}: {}", db.kind(), e.getMessage());
        }
    }

    @Override
    public Optional<String> conversation(String place) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT conversation_id FROM bot_places WHERE place = ?")) {
                    ps.setString(1, place);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            log.warn("Could not read which conversation a bot place continues from {} ({}); starting a new one", db.kind(), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void remember(String place, String conversationId) {
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO bot_places (place, conversation_id, updated_at) VALUES (?, ?, ?)
                        ON CONFLICT (place) DO UPDATE SET conversation_id = excluded.conversation_id, updated_at = excluded.updated_at""")) {
                    ps.setString(1, place);
                    ps.setString(2, conversationId);
                    ps.setString(3, Timestamps.now(clock));
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            log.warn("Could not record which conversation a bot place continues in {}: {}", db.kind(), e.getMessage());
        }
    }
}
