package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.measuresqa.support.Http;
import org.measuresqa.support.TestIndex;

/** /api/chat and /api/chat/stream on a real server with the extractive answerer. */
class ChatApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Javalin server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Path db = Files.createTempDirectory("chat-api").resolve("c.db");
        server = new WebServer(TestIndex.retriever(), TestIndex.answerService(db), TestIndex.corpus().measures(), 5,
                () -> Map.of()).create().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode chat(String body) throws Exception {
        HttpResponse<String> r = http.post("/api/chat", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void a_chat_turn_returns_the_answer_its_citations_and_the_measures_in_the_documented_shape() throws Exception {
        JsonNode body = chat("{\"message\": \"知识产权证券化发行了多少单？\"}");
        assertThat(body.get("conversationId").asText()).isNotBlank();
        assertThat(body.get("answer").asText()).contains("93单").contains("[8]");
        JsonNode citation = body.get("citations").get(0);
        assertThat(citation.get("number").asInt()).isEqualTo(8);
        assertThat(citation.get("name").asText()).isEqualTo("打造知识产权证券化特色品牌");
        assertThat(citation.get("source").asText()).isEqualTo("深圳");
        assertThat(citation.get("quote").asText()).contains("93单");
        assertThat(body.get("unverified").isArray()).isTrue();
        assertThat(body.get("abstain").asBoolean()).isFalse();
        assertThat(body.get("mode").asText()).isEqualTo("extractive");
        assertThat(body.get("measures").get(0).get("number").asInt()).isEqualTo(8);
    }

    @Test
    void a_follow_up_in_the_same_conversation_uses_the_earlier_turn() throws Exception {
        String id = chat("{\"message\": \"LNG燃料加注服务是哪个城市推的？\"}").get("conversationId").asText();
        JsonNode follow = chat("{\"message\": \"后来成效如何？\", \"conversationId\": \"" + id + "\"}");
        assertThat(follow.get("conversationId").asText()).isEqualTo(id);
        assertThat(follow.get("answer").asText()).contains("10小时");
        JsonNode stored = JSON.readTree(http.get("/api/conversations/" + id).body());
        assertThat(stored.size()).isEqualTo(4);
        assertThat(stored.get(2).get("content").asText()).isEqualTo("后来成效如何？");
    }

    @Test
    void bad_messages_and_unknown_conversations_are_4xx_and_store_nothing() throws Exception {
        int before = JSON.readTree(http.get("/api/conversations").body()).size();
        for (String body : List.of("", "{", "{\"message\": \"  \"}", "{\"message\": 3}", "{\"message\": \"" + "问".repeat(2001) + "\"}",
                "{\"message\": \"你好\", \"conversationId\": 5}")) {
            HttpResponse<String> r = http.post("/api/chat", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
        }
        HttpResponse<String> unknown = http.post("/api/chat", "{\"message\": \"你好\", \"conversationId\": \"no-such-id\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("unknown conversationId");
        HttpResponse<String> unknownStream = http.post("/api/chat/stream", "{\"message\": \"你好\", \"conversationId\": \"no-such-id\"}");
        assertThat(unknownStream.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(http.get("/api/conversations").body()).size()).isEqualTo(before);
    }

    @Test
    void the_stream_sends_measures_then_deltas_then_the_verified_answer() throws Exception {
        HttpResponse<String> r = http.post("/api/chat/stream", "{\"message\": \"深圳总共入选了多少项？\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        StringBuilder deltas = new StringBuilder();
        JsonNode done = null;
        for (String frame : r.body().split("\n\n")) {
            if (frame.isBlank()) continue;
            String event = frame.lines().filter(l -> l.startsWith("event: ")).findFirst().orElseThrow().substring(7);
            JsonNode data = JSON.readTree(frame.lines().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow().substring(6));
            events.add(event);
            if (event.equals("delta")) deltas.append(data.get("text").asText());
            if (event.equals("done")) done = data;
        }
        assertThat(events.get(0)).isEqualTo("measures");
        assertThat(events).contains("delta");
        assertThat(events.get(events.size() - 1)).isEqualTo("done");
        assertThat(done.get("answer").asText()).startsWith("共有8项");
        assertThat(deltas.toString()).isEqualTo(done.get("answer").asText());
        assertThat(done.get("citations").size()).isEqualTo(8);
    }

    @Test
    void feedback_on_an_answer_is_stored_and_bad_feedback_is_a_clear_4xx() throws Exception {
        String id = chat("{\"message\": \"知识产权证券化发行了多少单？\"}").get("conversationId").asText();
        HttpResponse<String> ok = http.post("/api/feedback", "{\"conversationId\": \"" + id + "\", \"turn\": 0, \"rating\": \"down\", \"comment\": \"少了发行规模\"}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(http.post("/api/feedback", "{\"conversationId\": \"" + id + "\", \"turn\": 0, \"rating\": \"meh\"}").statusCode()).isEqualTo(400);
        assertThat(http.post("/api/feedback", "{\"conversationId\": \"" + id + "\", \"turn\": 5, \"rating\": \"up\"}").statusCode()).isEqualTo(404);
        assertThat(http.post("/api/feedback", "{\"conversationId\": \"nope\", \"turn\": 0, \"rating\": \"up\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void the_page_and_every_response_carry_a_content_security_policy_without_inline_scripts() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(csp -> {
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        });
        assertThat(http.get("/measures/17").statusCode()).isEqualTo(200);
        assertThat(http.get("/webjars/dompurify/3.2.6/dist/purify.min.js").statusCode()).isEqualTo(200);
    }
}
