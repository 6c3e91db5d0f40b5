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
 * @param relativeCutoff     in a set asked for by topic, measures scoring below this share of the best are left out
 * @param maxList            at most this many measures in a set asked for by topic alone
 * @param sourcePreference   in a question about one measure, how much a measure from a city named gains (0.1 = 10%)
 */
public record RetrievalSettings(double denseWeight, double lexicalWeight, int rrfK, int candidates,
                                double secondChunkWeight, double abstainCosine, double abstainCoverage,
                                double relativeCutoff, int maxList, double sourcePreference) {

    public RetrievalSettings {
        if (denseWeight < 0 || lexicalWeight < 0 || denseWeight + lexicalWeight == 0) {
            throw new IllegalArgumentException("denseWeight and lexicalWeight must be non-negative and not both zero");
        }
        if (rrfK < 1) throw new IllegalArgumentException("rrfK must be at least 1, was " + rrfK);
        if (candidates < 1) throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        if (relativeCutoff < 0 || relativeCutoff > 1) throw new IllegalArgumentException("relativeCutoff must be in [0,1]");
        if (maxList < 1) throw new IllegalArgumentException("maxList must be at least 1, was " + maxList);
        if (sourcePreference < 0 || sourcePreference > 1) throw new IllegalArgumentException("sourcePreference must be in [0,1]");
    }

    public static RetrievalSettings defaults() {
        return new RetrievalSettings(1.0, 1.0, 60, 80, 0.5, 0.50, 0.35, 0.6, 8, 0.1);
    }

    public RetrievalSettings withWeights(double dense, double lexical) {
        return new RetrievalSettings(dense, lexical, rrfK, candidates, secondChunkWeight, abstainCosine, abstainCoverage,
                relativeCutoff, maxList, sourcePreference);
    }
}
