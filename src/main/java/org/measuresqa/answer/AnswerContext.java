package org.measuresqa.answer;

import java.util.List;
import org.measuresqa.retrieval.RetrievalResult;

/**
 * What an answerer works from: the question, the earlier user turns, and what retrieval found (the only measures an
 * answer may cite).
 */
public record AnswerContext(String question, List<String> history, RetrievalResult retrieval) {

    public AnswerContext {
        history = List.copyOf(history);
    }
}
