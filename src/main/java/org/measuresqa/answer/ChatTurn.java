package org.measuresqa.answer;

import org.measuresqa.retrieval.RetrievalResult;

/** One answered turn of a conversation. */
public record ChatTurn(String conversationId, Answer answer, RetrievalResult retrieval) {
}
