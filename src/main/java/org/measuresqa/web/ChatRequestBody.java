package org.measuresqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import java.util.regex.Pattern;

/** A checked {@code POST /api/chat} body: {@code {"message": "...", "conversationId": "optional"}}. */
public record ChatRequestBody(String message, String conversationId) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    public static ChatRequestBody parse(String body) {
        JsonNode root = SearchRequest.readObject(body, "{\"message\": \"哪些举措缩短了通关时间？\"}");
        String message = SearchRequest.requiredText(root, "message");
        JsonNode id = root.get("conversationId");
        String conversationId = null;
        if (id != null && !id.isNull()) {
            if (!id.isTextual()) throw new BadRequestResponse("conversationId must be a string");
            if (!ID.matcher(id.asText()).matches()) throw new BadRequestResponse("conversationId is not a valid id");
            conversationId = id.asText();
        }
        return new ChatRequestBody(message, conversationId);
    }
}
