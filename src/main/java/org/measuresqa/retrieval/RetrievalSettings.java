package org.measuresqa.retrieval;

/**
 * The knobs of hybrid retrieval, tuned on the evaluation question set.
 *
 * @param denseWeight        weight of the best passage cosine (0 turns dense retrieval off)
 * @param lexicalWeight      weight of the BM25 score (0 turns lexical retrieval off)
 * @param lexicalShare       the BM25 score, relative to the question's best, is worth this much cosine: a tie-breaker
 * @param candidates         passages taken from each search
 * @param abstainCosine      below this best cosine the question is not covered, unless the best measure holds more
 *                           than {@code abstainCoveredTerms} of the question's words and at least {@code abstainCoverage}
 *                           of them
 * @param abstainCosineWithoutWords below this best cosine a question about one measure is not covered when the best
 *                           measure holds none of its words (an everyday paraphrase shares few, but rarely none, and
 *                           then its meaning is closer than this)
 * @param abstainCoverage    share of the question's words (those the document uses) found in the best measure
 * @param abstainCoveredTerms how many of the question's words the best measure must hold to be more than a near miss
 * @param relativeCutoff     in a set asked for by topic, measures scoring below this share of the best are left out
 * @param maxList            at most this many measures in a set asked for by topic
 * @param listMargin         a set asked for by topic keeps the measures whose closeness is within this of the best one's
 * @param listLexicalWeight  how much the share of the question's words a measure holds adds to its closeness
 * @param listConceptWeight  how much being about a broad topic the question names adds to its closeness
 *                           ({@link org.measuresqa.question.TopicLexicon}): "环保" takes in the measures on 排污 and 碳
 * @param sourcePreference   in a question about one measure, how much a measure from a city named gains (0.1 = 10%)
 */
public record RetrievalSettings(double denseWeight, double lexicalWeight, double lexicalShare, int candidates,
                                double abstainCosine, double abstainCosineWithoutWords, double abstainCoverage, int abstainCoveredTerms,
                                double relativeCutoff, int maxList, double listMargin, double listLexicalWeight, double listConceptWeight,
                                double sourcePreference) {

    public RetrievalSettings {
        if (denseWeight < 0 || lexicalWeight < 0 || denseWeight + lexicalWeight == 0) {
            throw new IllegalArgumentException("denseWeight and lexicalWeight must be non-negative and not both zero");
        }
        if (lexicalShare < 0) throw new IllegalArgumentException("lexicalShare must not be negative, was " + lexicalShare);
        if (candidates < 1) throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        if (relativeCutoff < 0 || relativeCutoff > 1) throw new IllegalArgumentException("relativeCutoff must be in [0,1]");
        if (maxList < 1) throw new IllegalArgumentException("maxList must be at least 1, was " + maxList);
        if (listMargin < 0) throw new IllegalArgumentException("listMargin must not be negative, was " + listMargin);
        if (sourcePreference < 0 || sourcePreference > 1) throw new IllegalArgumentException("sourcePreference must be in [0,1]");
    }

    public static RetrievalSettings defaults() {
        return new RetrievalSettings(1.0, 1.0, 0.04, 200, 0.56, 0.60, 0.2, 1, 0.6, 6, 0.15, 0.1, 0.15, 0.1);
    }

    public RetrievalSettings withAbstainCosineWithoutWords(double cosine) {
        return new RetrievalSettings(denseWeight, lexicalWeight, lexicalShare, candidates, abstainCosine, cosine, abstainCoverage,
                abstainCoveredTerms, relativeCutoff, maxList, listMargin, listLexicalWeight, listConceptWeight, sourcePreference);
    }

    public RetrievalSettings withWeights(double dense, double lexical) {
        return new RetrievalSettings(dense, lexical, lexicalShare, candidates, abstainCosine, abstainCosineWithoutWords, abstainCoverage, abstainCoveredTerms,
                relativeCutoff, maxList, listMargin, listLexicalWeight, listConceptWeight, sourcePreference);
    }
}
