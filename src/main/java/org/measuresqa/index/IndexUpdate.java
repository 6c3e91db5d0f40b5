package org.measuresqa.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.measuresqa.corpus.Measure;

/**
 * One atomic change to a store.
 *
 * @param measures  the complete set of measures (replaces what is stored)
 * @param upserts   chunks that are new or whose content changed, with their vectors
 * @param deletions ids of chunks that no longer exist
 * @param meta      values to record, such as the corpus hash
 */
public record IndexUpdate(List<Measure> measures, List<EmbeddedChunk> upserts, Set<String> deletions,
                          Map<String, String> meta) {

    public IndexUpdate {
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        upserts = List.copyOf(Objects.requireNonNull(upserts, "upserts"));
        deletions = Set.copyOf(Objects.requireNonNull(deletions, "deletions"));
        meta = Map.copyOf(Objects.requireNonNull(meta, "meta"));
    }

    /** A chunk with its unit vector and the hash of what was embedded. */
    public record EmbeddedChunk(Chunk chunk, float[] vector, String hash) {
        public EmbeddedChunk {
            Objects.requireNonNull(chunk, "chunk");
            Objects.requireNonNull(vector, "vector");
            Objects.requireNonNull(hash, "hash");
        }
    }
}
