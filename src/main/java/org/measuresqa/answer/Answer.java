package org.measuresqa.answer;

import java.util.List;

/**
 * An answer ready to show: markdown text with [n] citations that passed verification.
 *
 * @param mode           which answerer wrote it: "extractive" or "ollama"
 * @param fallbackReason why Ollama did not answer although it was configured; null otherwise
 */
public record Answer(String text, List<Citation> citations, List<Unverified> unverified, boolean abstain, String mode,
                     String fallbackReason) {

    public Answer {
        citations = List.copyOf(citations);
        unverified = List.copyOf(unverified);
    }
}
