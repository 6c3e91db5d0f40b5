package org.measuresqa.eval;

/** What a set's baseline ({@code eval/baselines/<set>.json}) holds: the product's retrieval results and, when measured, its answers. */
public record Baseline(VariantReport retrieval, AnswerReport answers) {
}
