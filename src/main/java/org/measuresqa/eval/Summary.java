package org.measuresqa.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Averages of question results: the headline metrics, for a whole set or one kind. */
public final class Summary {

    public static final String RECALL_1 = "recall@1";
    public static final String RECALL_3 = "recall@3";
    public static final String RECALL_5 = "recall@5";
    public static final String MRR = "mrr";
    public static final String NDCG_5 = "ndcg@5";
    public static final String EXACT_SET = "exactSetAccuracy";
    public static final String DECLINE = "declineAccuracy";
    public static final String FALSE_DECLINE = "falseDeclineRate";
    /** Share of the measures returned for a set question (theme, filter, count) that belong to the gold set. */
    public static final String SET_PRECISION = "setPrecision";

    /** How many questions the figures average over (not a metric: never compared with a baseline). */
    public static final String QUESTIONS = "n";

    /** Metrics where lower is better; the rest are higher-is-better. */
    public static final List<String> LOWER_IS_BETTER = List.of(FALSE_DECLINE);
    public static final List<String> HEADLINE = List.of(RECALL_1, RECALL_3, RECALL_5, MRR, NDCG_5, EXACT_SET, SET_PRECISION, DECLINE, FALSE_DECLINE);

    private Summary() {
    }

    /** Metric name → value; a metric with no question to average over is left out. */
    public static Map<String, Double> of(List<QuestionResult> results) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(QUESTIONS, (double) results.size());
        List<QuestionResult> answerable = results.stream().filter(QuestionResult::answerable).toList();
        put(m, RECALL_1, answerable, QuestionResult::recall1);
        put(m, RECALL_3, answerable, QuestionResult::recall3);
        put(m, RECALL_5, answerable, QuestionResult::recall5);
        put(m, MRR, answerable, QuestionResult::reciprocalRank);
        put(m, NDCG_5, answerable, QuestionResult::ndcg5);
        List<QuestionResult> exact = results.stream().filter(r -> r.exact() != null).toList();
        put(m, EXACT_SET, exact, r -> r.exact() ? 1.0 : 0.0);
        List<QuestionResult> sets = results.stream().filter(r -> r.setPrecision() != null).toList();
        put(m, SET_PRECISION, sets, QuestionResult::setPrecision);
        List<QuestionResult> unanswerable = results.stream().filter(Predicate.not(QuestionResult::answerable)).toList();
        put(m, DECLINE, unanswerable, r -> r.abstain() ? 1.0 : 0.0);
        put(m, FALSE_DECLINE, answerable, r -> r.abstain() ? 1.0 : 0.0);
        return m;
    }

    private static void put(Map<String, Double> m, String name, List<QuestionResult> rs, Function<QuestionResult, Double> f) {
        if (rs.isEmpty()) return;
        double mean = rs.stream().mapToDouble(f::apply).average().orElse(0);
        m.put(name, Math.round(mean * 10000) / 10000.0);
    }
}
