package org.measuresqa.bots;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bot state in this process only: forgotten at restart and not seen by other instances. For tests and tools; the
 * server keeps its bots' state in its database ({@link StoredBotState}).
 */
public final class MemoryBotState implements BotState {

    private final DedupeCache deliveries;
    private final Map<String, String> places;

    /** @param maxPlaces the most recently used places kept */
    public MemoryBotState(DedupeCache deliveries, int maxPlaces) {
        if (maxPlaces < 1) throw new IllegalArgumentException("maxPlaces must be at least 1, was " + maxPlaces);
        this.deliveries = deliveries;
        this.places = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxPlaces;
            }
        };
    }

    public static MemoryBotState standard(Clock clock) {
        return new MemoryBotState(DedupeCache.standard(clock), BotConversations.DEFAULT_MAX_ENTRIES);
    }

    @Override
    public boolean claim(String... keys) {
        return deliveries.firstSeen(keys);
    }

    @Override
    public void release(String... keys) {
        deliveries.forget(keys);
    }

    @Override
    public synchronized Optional<String> conversation(String place) {
        return Optional.ofNullable(places.get(place));
    }

    @Override
    public synchronized void remember(String place, String conversationId) {
        places.put(place, conversationId);
    }
}
