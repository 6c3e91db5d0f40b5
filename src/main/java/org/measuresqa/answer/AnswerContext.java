package org.measuresqa.answer;

import java.util.List;
import org.measuresqa.retrieval.RetrievalResult;

/**
 * What an answerer works from: the question, the earlier user turns, and what retrieval found (the only measures an
 * answer may cite). On a second try, the model's first answer, which cited nothing, is kept to be corrected.
 *
 * @param uncited the earlier answer that cited no measure, or null on a first try
 */
public record AnswerContext(String question, List<String> history, RetrievalResult retrieval, String uncited) {

    public AnswerContext {
        history = List.copyOf(history);
    }

    public AnswerContext(String question, List<String> history, RetrievalResult retrieval) {
        this(question, history, retrieval, null);
    }

    /** The same question, to be answered again with a correction of {@code answer}. */
    public AnswerContext correcting(String answer) {
        return new AnswerContext(question, history, retrieval, answer);
    }
}
