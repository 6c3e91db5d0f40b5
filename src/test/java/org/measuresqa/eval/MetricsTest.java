package org.measuresqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void recall_at_k_counts_gold_in_the_top_k_out_of_as_many_as_fit() {
        assertThat(Metrics.recallAt(List.of(3, 8, 1), List.of(8), 1)).isZero();
        assertThat(Metrics.recallAt(List.of(3, 8, 1), List.of(8), 3)).isEqualTo(1.0);
        // gold of 4, k = 3: two of three possible places hold gold
        assertThat(Metrics.recallAt(List.of(1, 9, 2, 3), List.of(1, 2, 3, 4), 3)).isEqualTo(2.0 / 3, within(1e-9));
        assertThat(Metrics.recallAt(List.of(), List.of(5), 5)).isZero();
    }

    @Test
    void reciprocal_rank_is_one_over_the_rank_of_the_first_gold() {
        assertThat(Metrics.reciprocalRank(List.of(4, 5, 6), List.of(6, 5))).isEqualTo(0.5);
        assertThat(Metrics.reciprocalRank(List.of(4), List.of(6))).isZero();
    }

    @Test
    void ndcg_matches_a_hand_computed_value() {
        // gold {1,2}; ranking [1, 9, 2]: DCG = 1 + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) = 1.6309
        assertThat(Metrics.ndcgAt(List.of(1, 9, 2), List.of(1, 2), 5)).isEqualTo(1.5 / (1 + 1 / (Math.log(3) / Math.log(2))), within(1e-9));
        assertThat(Metrics.ndcgAt(List.of(1, 2), List.of(1, 2), 5)).isEqualTo(1.0, within(1e-12));
    }

    @Test
    void set_precision_is_the_share_of_returned_measures_that_are_gold() {
        // a theme list padded to five with three marginal measures
        assertThat(Metrics.precision(List.of(7, 8, 30, 31, 32), List.of(7, 8))).isEqualTo(0.4, within(1e-9));
        assertThat(Metrics.precision(List.of(7, 8), List.of(7, 8, 9))).isEqualTo(1.0);
        assertThat(Metrics.precision(List.of(), List.of(7))).isZero();
    }

    @Test
    void an_exact_set_ignores_order_but_not_extra_or_missing_members() {
        assertThat(Metrics.exactSet(List.of(21, 18), List.of(18, 21))).isTrue();
        assertThat(Metrics.exactSet(List.of(18, 21, 6), List.of(18, 21))).isFalse();
        assertThat(Metrics.exactSet(List.of(18), List.of(18, 21))).isFalse();
    }

    @Test
    void summaries_average_each_metric_over_the_questions_it_applies_to() {
        EvalCase answerable = new EvalCase("a", "filter", "q", List.of(), List.of(1, 2), List.of(), true);
        EvalCase unanswerable = new EvalCase("u", "unanswerable", "q", List.of(), List.of(), List.of(), false);
        var results = List.of(
                QuestionResult.of(answerable, new RetrievalOutcome(List.of(2, 1), false, true)),
                QuestionResult.of(unanswerable, new RetrievalOutcome(List.of(), true, false)));
        var s = Summary.of(results);
        assertThat(s.get(Summary.RECALL_1)).isEqualTo(1.0);
        assertThat(s.get(Summary.EXACT_SET)).isEqualTo(1.0);
        assertThat(s.get(Summary.DECLINE)).isEqualTo(1.0);
        assertThat(s.get(Summary.FALSE_DECLINE)).isEqualTo(0.0);

        var declinedWrongly = QuestionResult.of(answerable, new RetrievalOutcome(List.of(2, 1), true, true));
        assertThat(declinedWrongly.recall5()).isZero();
        assertThat(Summary.of(List.of(declinedWrongly)).get(Summary.FALSE_DECLINE)).isEqualTo(1.0);
    }

    @Test
    void the_baseline_check_fails_on_a_drop_beyond_the_tolerance_and_names_the_worse_question() {
        EvalCase c = new EvalCase("f1", "fact", "q", List.of(), List.of(8), List.of(), true);
        VariantReport before = EvalRunner.summarise("hybrid", List.of(QuestionResult.of(c, new RetrievalOutcome(List.of(8), false, false))));
        VariantReport after = EvalRunner.summarise("hybrid", List.of(QuestionResult.of(c, new RetrievalOutcome(List.of(9, 8), false, false))));
        BaselineCheck check = BaselineCheck.compare(before, after);
        assertThat(check.passed()).isFalse();
        assertThat(check.regressions()).anyMatch(r -> r.startsWith("recall@1"));
        assertThat(check.worse()).singleElement().satisfies(p -> assertThat(p[1].id()).isEqualTo("f1"));
        assertThat(BaselineCheck.compare(before, before).passed()).isTrue();
    }
}
