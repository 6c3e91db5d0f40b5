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
}
