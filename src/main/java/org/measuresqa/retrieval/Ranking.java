package org.measuresqa.retrieval;

import java.util.List;
import java.util.Map;

/**
 * A ranking of measures for one reading of the question.
 *
 * @param cosines  each ranked measure's best passage cosine: an absolute measure of closeness, unlike fused ranks
 * @param cosine   the top measure's best cosine
 * @param coverage share of the question's terms that occur in the top measure
 * @param weak     neither signal is strong enough to say the document answers the question
 */
record Ranking(List<MeasureHit> hits, Map<Integer, Double> cosines, double cosine, double coverage, boolean weak) {

    MeasureHit find(int number) {
        return hits.stream().filter(h -> h.measure().number() == number).findFirst().orElse(null);
    }

    double cosineOf(int number) {
        return cosines.getOrDefault(number, 0.0);
    }
}
