package org.measuresqa.eval;

import java.util.Map;

/**
 * One evaluation run.
 *
 * @param variants by name, the product's own ("hybrid") first
 * @param answers  answer metrics of the product, or null when answers were not evaluated
 */
public record EvalReport(String createdAt, String questionSet, int questions, int k, String embeddingModel,
                         boolean queryInstruction, Map<String, VariantReport> variants, AnswerReport answers) {

    public static final String PRODUCT = "hybrid";

    public VariantReport product() {
        return variants.get(PRODUCT);
    }

    /** The same run with every per-question result left out: all that may be shown of a sealed set. */
    public EvalReport aggregatesOnly() {
        Map<String, VariantReport> stripped = new java.util.LinkedHashMap<>();
        variants.forEach((name, v) -> stripped.put(name, new VariantReport(v.name(), v.overall(), v.perKind(), java.util.List.of())));
        AnswerReport a = answers == null ? null : new AnswerReport(answers.mode(), answers.overall(), answers.perKind(), java.util.List.of());
        return new EvalReport(createdAt, questionSet, questions, k, embeddingModel, queryInstruction, stripped, a);
    }
}
