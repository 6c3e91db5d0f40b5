package org.measuresqa.retrieval;

import java.util.List;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.Chunk;

/**
 * A retrieved measure, its score in [0, 1], its best evidence passages, and its sentences ranked by how well each
 * answers what the question asks (best first): what an extractive answer quotes.
 */
public record MeasureHit(Measure measure, double score, List<Chunk> evidence, List<ScoredSentence> sentences) {

    public MeasureHit {
        evidence = List.copyOf(evidence);
        sentences = List.copyOf(sentences);
    }
}
