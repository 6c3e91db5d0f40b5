package org.measuresqa.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How one variant did on one question. Ranking metrics are null for unanswerable questions; {@code exact} is null
 * for questions that do not name an exact set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionResult(String id, String kind, List<Integer> gold, List<Integer> ranked, boolean answerable,
                             boolean abstain, Double recall1, Double recall3, Double recall5, Double reciprocalRank,
                             Double ndcg5, Boolean exact, Double setPrecision) {

    /** Kinds whose gold is a set of measures rather than one answer: their lists' precision is measured. */
    static final java.util.Set<String> SET_KINDS = java.util.Set.of("theme", "filter", "count");

    static QuestionResult of(EvalCase c, RetrievalOutcome o) {
        if (!c.answerable()) {
            return new QuestionResult(c.id(), c.kind(), c.gold(), o.ranked(), false, o.abstain(),
                    null, null, null, null, null, null, null);
        }
        List<Integer> ranked = o.abstain() ? List.of() : o.ranked();
        return new QuestionResult(c.id(), c.kind(), c.gold(), o.ranked(), true, o.abstain(),
                Metrics.recallAt(ranked, c.gold(), 1), Metrics.recallAt(ranked, c.gold(), 3),
                Metrics.recallAt(ranked, c.gold(), 5), Metrics.reciprocalRank(ranked, c.gold()),
                Metrics.ndcgAt(ranked, c.gold(), 5), c.expectsExactSet() ? Metrics.exactSet(ranked, c.gold()) : null,
                SET_KINDS.contains(c.kind()) ? Metrics.precision(ranked, c.gold()) : null);
    }

    /** Declined an unanswerable question, or answered an answerable one. */
    public boolean declineCorrect() {
        return answerable != abstain;
    }

    /** Worse than {@code before} on any measure: a lower rank of gold, a lost exact set, a wrong decline. */
    public boolean worseThan(QuestionResult before) {
        return less(recall5, before.recall5) || less(reciprocalRank, before.reciprocalRank)
                || (Boolean.TRUE.equals(before.exact) && !Boolean.TRUE.equals(exact))
                || (before.declineCorrect() && !declineCorrect());
    }

    public boolean betterThan(QuestionResult before) {
        return before.worseThan(this);
    }

    /** Got nothing right: no gold in the top 5, a wrong exact set, or a wrong decline. */
    public boolean miss() {
        if (!declineCorrect()) return true;
        if (!answerable) return false;
        return recall5 == 0 || Boolean.FALSE.equals(exact);
    }

    private static boolean less(Double now, Double before) {
        return now != null && before != null && now < before - 1e-9;
    }
}
