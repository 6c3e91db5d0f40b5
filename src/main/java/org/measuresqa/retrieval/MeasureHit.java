package org.measuresqa.retrieval;

import java.util.List;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.Chunk;

/** A retrieved measure, its score in [0, 1] and its best evidence chunks, best first. */
public record MeasureHit(Measure measure, double score, List<Chunk> evidence) {

    public MeasureHit {
        evidence = List.copyOf(evidence);
    }
}
