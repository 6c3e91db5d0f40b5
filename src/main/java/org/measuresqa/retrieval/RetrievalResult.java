package org.measuresqa.retrieval;

import java.util.List;

/**
 * What retrieval found.
 *
 * @param measures      best first; for a question that names a whole set (深圳的举措) the entire set, in number order
 * @param abstain       the measures do not cover the question
 * @param abstainReason why, in one plain sentence; null when not abstaining
 * @param exactSet      the measures are an exact set read from the document's own fields, not a ranking
 * @param count         the question asks how many
 * @param query         how the question was read
 */
public record RetrievalResult(List<MeasureHit> measures, boolean abstain, String abstainReason, boolean exactSet,
                              boolean count, FollowUpResolver.ResolvedQuery query) {

    public RetrievalResult {
        measures = List.copyOf(measures);
    }
}
