package org.measuresqa.retrieval;

/**
 * The knobs of hybrid retrieval, tuned on the evaluation question set.
 *
 * @param denseWeight        weight of the dense ranking in reciprocal rank fusion (0 turns it off)
 * @param lexicalWeight      weight of the BM25 ranking (0 turns it off)
 * @param rrfK               the RRF constant: higher flattens the difference between ranks
 * @param candidates         chunks taken from each ranking before fusion
 * @param secondChunkWeight  how much a measure's second-best chunk adds to its score
 * @param abstainCosine      below this best cosine, and below {@code abstainCoverage}, the question is not covered
 * @param abstainCoverage    share of the question's terms found in the best measure
 * @param relativeCutoff     within a filter, measures scoring below this share of the best are left out
 */
public record RetrievalSettings(double denseWeight, double lexicalWeight, int rrfK, int candidates,
                                double secondChunkWeight, double abstainCosine, double abstainCoverage,
                                double relativeCutoff) {

    public RetrievalSettings {
        if (denseWeight < 0 || lexicalWeight < 0 || denseWeight + lexicalWeight == 0) {
            throw new IllegalArgumentException("denseWeight and lexicalWeight must be non-negative and not both zero");
        }
        if (rrfK < 1) throw new IllegalArgumentException("rrfK must be at least 1, was " + rrfK);
        if (candidates < 1) throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        if (relativeCutoff < 0 || relativeCutoff > 1) throw new IllegalArgumentException("relativeCutoff must be in [0,1]");
    }

    public static RetrievalSettings defaults() {
        return new RetrievalSettings(1.0, 1.0, 60, 80, 0.5, 0.50, 0.35, 0.6);
    }

    public RetrievalSettings withWeights(double dense, double lexical) {
        return new RetrievalSettings(dense, lexical, rrfK, candidates, secondChunkWeight, abstainCosine, abstainCoverage,
                relativeCutoff);
    }
}
