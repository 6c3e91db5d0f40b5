package org.measuresqa.answer;

import org.measuresqa.retrieval.RetrievalResult;

/** Follows one chat turn as it happens: for streaming to a page or a terminal. All methods default to nothing. */
public interface ChatListener {

    ChatListener NONE = new ChatListener() { };

    /** Retrieval is done; these are the measures the answer may cite. */
    default void onRetrieved(RetrievalResult retrieval) {
    }

    /** A piece of answer text (before citation verification; the final answer replaces it). */
    default void onDelta(String text) {
    }

    /** The question waits in line for the model, at this place (1 = next); the extractive answer comes if it waits too long. */
    default void onQueued(int position) {
    }

    /** The model failed after text was sent: discard it; the extractive answer follows. */
    default void onReset(String reason) {
    }
}
