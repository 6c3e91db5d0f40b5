package org.measuresqa.answer;

import java.util.List;

/**
 * An answer ready to show: markdown text with [n] citations that passed verification.
 *
 * @param mode           which answerer wrote it: "extractive" or "ollama"
 * @param fallbackReason why the model did not answer although it was configured, in plain words; null otherwise
 * @param saved          the turn was stored in its conversation; false when storing failed (the answer is still given)
 */
public record Answer(String text, List<Citation> citations, List<Unverified> unverified, boolean abstain, String mode,
                     String fallbackReason, boolean saved) {

    public Answer {
        citations = List.copyOf(citations);
        unverified = List.copyOf(unverified);
    }

    public Answer(String text, List<Citation> citations, List<Unverified> unverified, boolean abstain, String mode,
                  String fallbackReason) {
        this(text, citations, unverified, abstain, mode, fallbackReason, true);
    }

    public Answer unsaved() {
        return new Answer(text, citations, unverified, abstain, mode, fallbackReason, false);
    }
}
