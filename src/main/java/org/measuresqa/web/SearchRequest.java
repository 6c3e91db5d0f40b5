package org.measuresqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.List;
import org.measuresqa.config.Config;

/**
 * A checked {@code POST /api/search} body: {@code {"query": "...", "history": ["..."], "k": 5}}. Every way it can
 * be wrong is a 400 whose message names the field.
 */
public record SearchRequest(String query, List<String> history, int k) {

    public static final int MAX_QUERY_CHARS = 2000;
    public static final int MAX_HISTORY_TURNS = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static SearchRequest parse(String body, int defaultK) {
        JsonNode root = readObject(body, "{\"query\": \"哪些举措缩短了通关时间？\"}");
        String query = requiredText(root, "query");
        List<String> history = new ArrayList<>();
        JsonNode h = root.get("history");
        if (h != null && !h.isNull()) {
            if (!h.isArray()) throw new BadRequestResponse("history must be an array of strings (earlier user turns, oldest first)");
            if (h.size() > MAX_HISTORY_TURNS) {
                throw new BadRequestResponse("history has " + h.size() + " turns; at most " + MAX_HISTORY_TURNS + " are accepted");
            }
            for (JsonNode turn : h) {
                if (!turn.isTextual()) throw new BadRequestResponse("history must contain only strings");
                if (turn.asText().length() > MAX_QUERY_CHARS) {
                    throw new BadRequestResponse("a history turn is longer than " + MAX_QUERY_CHARS + " characters");
                }
                history.add(turn.asText());
            }
        }
        int k = defaultK;
        JsonNode kNode = root.get("k");
        if (kNode != null && !kNode.isNull()) {
            if (!kNode.isIntegralNumber()) throw new BadRequestResponse("k must be a whole number between 1 and " + Config.MAX_K);
            k = kNode.asInt();
            if (k < 1 || k > Config.MAX_K) throw new BadRequestResponse("k must be between 1 and " + Config.MAX_K + ", was " + kNode.asText());
        }
        return new SearchRequest(query, List.copyOf(history), k);
    }

    /** Reads a JSON object or throws a 400 that shows an example of what is expected. */
    static JsonNode readObject(String body, String example) {
        if (body == null || body.isBlank()) throw new BadRequestResponse("the request body is empty; send JSON like " + example);
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (Exception e) {
            throw new BadRequestResponse("the request body is not valid JSON; send JSON like " + example);
        }
        if (root == null || !root.isObject()) throw new BadRequestResponse("the request body must be a JSON object like " + example);
        return root;
    }

    static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) throw new BadRequestResponse(field + " is missing");
        if (!node.isTextual()) throw new BadRequestResponse(field + " must be a string");
        String text = node.asText();
        if (text.isBlank()) throw new BadRequestResponse(field + " is empty");
        if (text.length() > MAX_QUERY_CHARS) {
            throw new BadRequestResponse(field + " is " + text.length() + " characters long; at most " + MAX_QUERY_CHARS + " are accepted");
        }
        return text.strip();
    }
}
