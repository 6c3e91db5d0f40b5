package org.measuresqa.eval;

import java.util.List;
import java.util.Map;

/** One variant's metrics, overall and per kind, and its result on every question. */
public record VariantReport(String name, Map<String, Double> overall, Map<String, Map<String, Double>> perKind,
                            List<QuestionResult> questions) {
}
