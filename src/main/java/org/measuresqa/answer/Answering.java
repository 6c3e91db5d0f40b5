package org.measuresqa.answer;

import java.util.List;
import java.util.Objects;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.retrieval.Retriever;

/**
 * Answering one question given its earlier turns: retrieval, then the answer chain ({@link VerifyingAnswerer} around
 * {@link FallbackAnswerer}: the model when one is configured, else or on failure the extractive answerer). It knows
 * nothing of conversations: where the earlier turns come from and where the turn is kept is the conversation service's
 * business ({@link org.measuresqa.conversation.ConversationService}).
 */
public final class Answering {

    /** An answer and what it was drawn from. */
    public record Result(Answer answer, RetrievalResult retrieval) {
    }

    private final Retriever retriever;
    private final VerifyingAnswerer answerer;
    private final int k;

    public Answering(Retriever retriever, VerifyingAnswerer answerer, int k) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.k = k;
    }

    /** Which answerer serves when nothing fails. */
    public String mode() {
        return answerer.mode();
    }

    /** @param history the user's earlier turns, oldest first */
    public Result answer(String message, List<String> history, ChatListener listener) {
        RetrievalResult retrieval = retriever.retrieve(message, history, k);
        listener.onRetrieved(retrieval);
        return new Result(answerer.answer(new AnswerContext(message, history, retrieval), listener), retrieval);
    }
}
