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

    public boolean passed() {
        return regressions.isEmpty();
    }

    /** @return pairs {before, now} for changed questions */
    public static BaselineCheck compare(VariantReport baseline, VariantReport now) {
        List<String> regressions = new ArrayList<>();
        for (String metric : Summary.HEADLINE) {
            Double before = baseline.overall().get(metric);
            Double current = now.overall().get(metric);
            if (before == null || current == null) continue;
            boolean lowerBetter = Summary.LOWER_IS_BETTER.contains(metric);
            double drop = lowerBetter ? current - before : before - current;
            if (drop > TOLERANCE) {
                regressions.add(String.format("%s: %.4f → %.4f (baseline %s, %s by %.4f)", metric, before, current,
                        lowerBetter ? "lower is better" : "higher is better", "worse", drop));
            }
        }
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
