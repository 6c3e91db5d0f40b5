package org.measuresqa.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.answer.Citation;
import org.measuresqa.answer.Unverified;

/** The {@code POST /api/chat} response, and the final event of {@code /api/chat/stream}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatResponse(String conversationId, String answer, List<Citation> citations, List<Unverified> unverified,
                           boolean abstain, String mode, String fallbackReason, boolean saved,
                           List<SearchResponse.Hit> measures) {

    public static ChatResponse of(ChatTurn turn) {
        var a = turn.answer();
        return new ChatResponse(turn.conversationId(), a.text(), a.citations(), a.unverified(), a.abstain(), a.mode(),
                a.fallbackReason(), a.saved(), SearchResponse.of(turn.retrieval()).measures());
    }
}
