package org.measuresqa.eval;

/** What {@code eval/baseline.json} holds: the product's retrieval results and, when measured, its answers. */
public record Baseline(VariantReport retrieval, AnswerReport answers) {
}
