package org.measuresqa.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.measuresqa.index.Embedder;

/**
 * Embeds each text once: a follow-up's earlier turns were embedded when they were asked, and a conversation's next
 * turn finds them here instead of embedding them again. Bounded, least recently used first out.
 */
final class EmbeddingCache {

    private static final int CAPACITY = 512;

    private final Embedder embedder;
    private final Map<String, float[]> vectors = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CAPACITY;
        }
    };

    EmbeddingCache(Embedder embedder) {
        this.embedder = embedder;
    }

    float[] query(String text) {
        synchronized (vectors) {
            float[] v = vectors.get(text);
            if (v != null) return v;
        }
        float[] v = embedder.embedQuery(text);
        synchronized (vectors) {
            vectors.put(text, v);
        }
        return v;
    }
}
