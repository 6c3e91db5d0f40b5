package org.measuresqa.retrieval;

import java.util.List;
import org.measuresqa.question.FollowUpResolver;

/**
 * What retrieval found.
 *
 * @param measures best first; for a question that names a whole set (深圳的举措) the entire set, in number order; when
 *                 declined, the nearest measures (possibly none)
 * @param decline  why the document cannot answer, or null when it can
 * @param exactSet the measures are an exact set read from the document's own fields, not a ranking
 * @param count    the question asks how many measures
 * @param query    how the question was read
 */
public record RetrievalResult(List<MeasureHit> measures, Decline decline, boolean exactSet, boolean count,
                              FollowUpResolver.ResolvedQuery query) {

    public RetrievalResult {
        measures = List.copyOf(measures);
    }

    public boolean abstain() {
        return decline != null;
    }
}
