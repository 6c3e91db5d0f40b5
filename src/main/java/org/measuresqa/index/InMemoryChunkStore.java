package org.measuresqa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.measuresqa.corpus.Measure;

/** A store that lives only in memory: for tests, and for evaluating variants without touching the index file. */
public final class InMemoryChunkStore implements ChunkStore {

    private final TreeMap<Integer, Measure> measures = new TreeMap<>();
    private final Map<String, Chunk> chunks = new LinkedHashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, String> meta = new HashMap<>();
    private final VectorIndex vectors = new VectorIndex();
    private Bm25 bm25 = new Bm25();

    @Override
    public synchronized Map<String, String> chunkHashes() {
        return Map.copyOf(hashes);
    }

    @Override
    public synchronized void apply(IndexUpdate update) {
        // Validate first so that a bad update changes nothing, as a rolled-back transaction would.
        for (IndexUpdate.EmbeddedChunk e : update.upserts()) {
            if (e.vector().length == 0) throw new IllegalArgumentException("chunk " + e.chunk().id() + " has an empty vector");
        }
        measures.clear();
        for (Measure m : update.measures()) measures.put(m.number(), m);
        for (String id : update.deletions()) {
            chunks.remove(id);
            hashes.remove(id);
            vectors.remove(id);
            bm25.remove(id);
        }
        for (IndexUpdate.EmbeddedChunk e : update.upserts()) {
            chunks.put(e.chunk().id(), e.chunk());
            hashes.put(e.chunk().id(), e.hash());
            vectors.put(e.chunk(), e.vector().clone());
            if (e.chunk().field().isPassage()) bm25.add(e.chunk().id(), LexicalTokens.tokens(e.chunk().embedText()));
        }
        meta.putAll(update.meta());
    }

    @Override
    public synchronized List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    @Override
    public synchronized List<Chunk> chunks() {
        List<Chunk> all = new ArrayList<>(chunks.values());
        all.sort(StoreOrder.CHUNKS);
        return all;
    }

    @Override
    public synchronized List<ChunkHit> vectorSearch(float[] query, int k, Set<Integer> onlyMeasures) {
        return vectors.search(query, k, onlyMeasures);
    }

    @Override
    public synchronized List<ChunkHit> fullTextSearch(List<String> terms, int k, Set<Integer> onlyMeasures) {
        if (terms.isEmpty() || k <= 0) return List.of();
        List<String> candidates = chunks.values().stream()
                .filter(c -> c.field().isPassage())
                .filter(c -> onlyMeasures == null || onlyMeasures.contains(c.measureNumber()))
                .map(Chunk::id).toList();
        List<ChunkHit> hits = new ArrayList<>();
        bm25.score(terms, candidates).forEach((id, score) -> hits.add(new ChunkHit(chunks.get(id), score)));
        hits.sort(Comparator.comparingDouble(ChunkHit::score).reversed().thenComparing(h -> h.chunk().id()));
        return hits.size() > k ? List.copyOf(hits.subList(0, k)) : hits;
    }

    @Override
    public synchronized Map<String, float[]> vectors(ChunkField field) {
        return vectors.vectors(field);
    }

    @Override
    public synchronized int count() {
        return chunks.size();
    }

    @Override
    public synchronized String meta(String key) {
        return meta.get(key);
    }

    @Override
    public synchronized void clear() {
        measures.clear();
        chunks.clear();
        hashes.clear();
        meta.clear();
        vectors.clear();
        bm25 = new Bm25();
    }

    @Override
    public void close() {
    }
}
