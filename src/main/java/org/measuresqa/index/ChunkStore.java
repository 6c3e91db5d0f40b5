package org.measuresqa.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.measuresqa.corpus.Measure;

/**
 * Where measures, chunks and their vectors live, with dense and full-text search. Our own narrow interface rather
 * than langchain4j's {@code EmbeddingStore}, which has no full-text search.
 */
public interface ChunkStore extends AutoCloseable {

    /** Chunk id → content hash of what was embedded, for incremental ingest. */
    Map<String, String> chunkHashes();

    /** Applies the whole update atomically: after a failure the store is as it was. */
    void apply(IndexUpdate update);

    /** The stored measures, by number. */
    List<Measure> measures();

    /** All stored chunks, in measure then chunk order. */
    List<Chunk> chunks();

    /**
     * The {@code k} passages ({@link ChunkField#isPassage()}) most similar to {@code query} (cosine), best first.
     *
     * @param onlyMeasures restrict to these measure numbers; {@code null} means all
     */
    List<ChunkHit> vectorSearch(float[] query, int k, Set<Integer> onlyMeasures);

    /**
     * The {@code k} passages that best match any of {@code terms} ({@link LexicalTokens}) by BM25 (k1 1.2, b 0.75,
     * statistics over the whole store), best first; scores are positive, higher is better.
     */
    List<ChunkHit> fullTextSearch(List<String> terms, int k, Set<Integer> onlyMeasures);

    /** The unit vectors of every chunk of one field, by chunk id: sentences are scored per measure, not searched. */
    Map<String, float[]> vectors(ChunkField field);

    int count();

    /** A stored value such as the schema version or the corpus hash; null when absent. */
    String meta(String key);

    void clear();

    @Override
    void close();
}
