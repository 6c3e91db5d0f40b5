package org.measuresqa.eval;

import java.util.List;
import java.util.Map;

/** The answer metrics of one run: which answerer wrote the answers, overall and per kind, and every question. */
public record AnswerReport(String mode, Map<String, Double> overall, Map<String, Map<String, Double>> perKind,
                           List<AnswerResult> questions) {
}
