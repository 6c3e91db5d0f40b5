package org.measuresqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;

/**
 * A checked {@code POST /api/feedback} body: {@code {"conversationId": "...", "turn": 0, "rating": "up"|"down",
 * "comment": "optional"}}, where turn counts the conversation's answers from 0.
 */
public record FeedbackBody(String conversationId, int turn, String rating, String comment) {

    public static final int MAX_COMMENT = 2000;

    public static FeedbackBody parse(String body) {
        JsonNode root = SearchRequest.readObject(body, "{\"conversationId\": \"...\", \"turn\": 0, \"rating\": \"down\", \"comment\": \"...\"}");
        String id = SearchRequest.requiredText(root, "conversationId");
        JsonNode turn = root.get("turn");
        if (turn == null || !turn.isIntegralNumber() || turn.asInt() < 0) throw new BadRequestResponse("turn must be a whole number from 0");
        String rating = SearchRequest.requiredText(root, "rating");
        if (!rating.equals("up") && !rating.equals("down")) throw new BadRequestResponse("rating must be \"up\" or \"down\"");
        JsonNode c = root.get("comment");
        String comment = null;
        if (c != null && !c.isNull()) {
            if (!c.isTextual()) throw new BadRequestResponse("comment must be a string");
            if (c.asText().length() > MAX_COMMENT) throw new BadRequestResponse("comment is longer than " + MAX_COMMENT + " characters");
            comment = c.asText().strip();
        }
        return new FeedbackBody(id, turn.asInt(), rating, comment);
    }
}
