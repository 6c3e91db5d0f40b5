package org.measuresqa.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a run with the committed baseline. A headline metric more than {@link #TOLERANCE} worse than the
 * baseline is a regression; the questions that got worse are listed so the cause can be found.
 */
public record BaselineCheck(List<String> regressions, List<QuestionResult[]> worse, List<QuestionResult[]> better,
                            List<QuestionResult> added) {

    public static final double TOLERANCE = 0.01;

    private static List<String> regressions(Map<String, Double> before, Map<String, Double> now, List<String> metrics,
                                            List<String> lowerIsBetter, String prefix) {
        List<String> out = new ArrayList<>();
        for (String metric : metrics) {
            Double b = before.get(metric);
            Double c = now.get(metric);
            if (b == null || c == null) continue;
            boolean lowerBetter = lowerIsBetter.contains(metric);
            double drop = lowerBetter ? c - b : b - c;
            // a count such as unsupported citations may not grow at all
            double tolerance = lowerBetter && metric.equals(AnswerMetrics.UNSUPPORTED) ? 0 : TOLERANCE;
            if (drop > tolerance) {
                out.add(String.format("%s%s: %.4f → %.4f (%s, worse by %.4f)", prefix, metric, b, c,
                        lowerBetter ? "lower is better" : "higher is better", drop));
            }
        }
        return out;
    }

    public boolean passed() {
        return regressions.isEmpty();
    }

    /** Retrieval and, where both have them, answers. */
    public static BaselineCheck compare(Baseline baseline, VariantReport retrieval, AnswerReport answers) {
        BaselineCheck check = compare(baseline.retrieval(), retrieval);
        if (baseline.answers() == null || answers == null) return check;
        List<String> regressions = new ArrayList<>(check.regressions());
        if (!baseline.answers().mode().equals(answers.mode())) {
            return new BaselineCheck(regressions, check.worse(), check.better(), check.added());
        }
        regressions.addAll(regressions(baseline.answers().overall(), answers.overall(), AnswerMetrics.HEADLINE,
                AnswerMetrics.LOWER_IS_BETTER, "answers "));
        return new BaselineCheck(regressions, check.worse(), check.better(), check.added());
    }

    /** @return pairs {before, now} for changed questions */
    public static BaselineCheck compare(VariantReport baseline, VariantReport now) {
        List<String> regressions = regressions(baseline.overall(), now.overall(), Summary.HEADLINE, Summary.LOWER_IS_BETTER, "");
        Map<String, QuestionResult> old = baseline.questions().stream()
                .collect(Collectors.toMap(QuestionResult::id, Function.identity()));
        List<QuestionResult[]> worse = new ArrayList<>();
        List<QuestionResult[]> better = new ArrayList<>();
        List<QuestionResult> added = new ArrayList<>();
        for (QuestionResult q : now.questions()) {
            QuestionResult before = old.get(q.id());
            if (before == null) added.add(q);
            else if (q.worseThan(before)) worse.add(new QuestionResult[] {before, q});
            else if (q.betterThan(before)) better.add(new QuestionResult[] {before, q});
        }
        return new BaselineCheck(regressions, worse, better, added);
    }
}
