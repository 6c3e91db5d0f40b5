package org.measuresqa.eval;

import java.util.List;

/** What one retrieval variant returned for one question, as the metrics need it. */
public record RetrievalOutcome(List<Integer> ranked, boolean abstain, boolean exactSet) {

    public RetrievalOutcome {
        ranked = List.copyOf(ranked);
    }

    /** A retrieval variant under evaluation. */
    public interface Variant {
        String name();

        RetrievalOutcome run(EvalCase c, int k);
    }
}
