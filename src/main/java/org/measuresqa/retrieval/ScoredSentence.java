package org.measuresqa.retrieval;

import java.util.List;
import org.measuresqa.index.MeasureSentences;

/**
 * A sentence of a measure and how well it answers the question's ask.
 *
 * @param bestFor the clauses of the question (0, 1, …) this sentence answers best of all the measure's sentences
 */
public record ScoredSentence(MeasureSentences.Sentence sentence, double score, List<Integer> bestFor) {

    public ScoredSentence {
        bestFor = List.copyOf(bestFor);
    }
}
