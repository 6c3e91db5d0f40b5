package org.measuresqa.answer;

import java.util.function.Consumer;

/** Writes the text of an answer from retrieved measures, citing them as [n]. */
public interface Answerer {

    /** "extractive", "ollama" or "openai": shown to users so they know what wrote the answer. */
    String mode();

    /**
     * Writes the answer, handing each piece of text to {@code onDelta} as it is produced.
     *
     * @return the whole text, before citation verification
     * @throws AnswererUnavailableException when this answerer cannot answer now (the caller falls back)
     */
    String answer(AnswerContext context, Consumer<String> onDelta);

    /**
     * The same, for an answerer that may queue the question first: {@code onQueued} is told its place in line.
     * Answerers that never queue ignore it.
     */
    default String answer(AnswerContext context, Consumer<String> onDelta, java.util.function.IntConsumer onQueued) {
        return answer(context, onDelta);
    }
}
