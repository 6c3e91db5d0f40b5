package org.measuresqa.eval;

import java.util.Map;

/**
 * One evaluation run.
 *
 * @param variants by name, the product's own ("hybrid") first
 */
public record EvalReport(String createdAt, String questionSet, int questions, int k, String embeddingModel,
                         boolean queryInstruction, Map<String, VariantReport> variants) {

    public static final String PRODUCT = "hybrid";

    public VariantReport product() {
        return variants.get(PRODUCT);
    }
}
