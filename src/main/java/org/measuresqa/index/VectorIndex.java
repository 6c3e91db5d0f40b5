package org.measuresqa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Brute-force cosine search over unit vectors held in memory. For a few hundred chunks a plain scan takes well under
 * a millisecond, several times faster than a similarity function called from SQL, so both stores search this way.
 */
final class VectorIndex {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(Chunk chunk, float[] vector) {
    }

    void put(Chunk chunk, float[] vector) {
        entries.put(chunk.id(), new Entry(chunk, vector));
    }

    void remove(String id) {
        entries.remove(id);
    }

    void clear() {
        entries.clear();
    }

    Map<String, float[]> vectors(ChunkField field) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (Entry e : entries.values()) if (e.chunk.field() == field) out.put(e.chunk.id(), e.vector.clone());
        return out;
    }

    int size() {
        return entries.size();
    }

    List<ChunkHit> search(float[] query, int k, Set<Integer> onlyMeasures) {
        if (k <= 0) return List.of();
        PriorityQueue<ChunkHit> top = new PriorityQueue<>(Comparator.comparingDouble(ChunkHit::score));
        for (Entry e : entries.values()) {
            if (!e.chunk.field().isPassage()) continue;
            if (onlyMeasures != null && !onlyMeasures.contains(e.chunk.measureNumber())) continue;
            if (e.vector.length != query.length) {
                throw new StoreException("A stored vector has " + e.vector.length + " dimensions but the query has "
                        + query.length + "; the index was built with another model: run `ingest --rebuild`");
            }
            top.add(new ChunkHit(e.chunk, Embedder.dot(query, e.vector)));
            if (top.size() > k) top.poll();
        }
        List<ChunkHit> out = new ArrayList<>(top);
        out.sort(Comparator.comparingDouble(ChunkHit::score).reversed().thenComparing(h -> h.chunk().id()));
        return out;
    }
}
