package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.support.Http;
import org.measuresqa.support.TestIndex;

/** A real server: conversations private to their browser, bots' conversations out of reach, cross-site and rate limits. */
class WebSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHAT = "{\"message\": \"危化品追溯码激活了多少个？\"}";
    private Javalin server;
    private ConversationService answers;

    private Http start(Config.Web web) throws Exception {
        Path db = Files.createTempDirectory("web-safety").resolve("c.db");
        answers = TestIndex.answerService(db);
        server = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, () -> Map.of("status", "ok"),
                org.measuresqa.bots.Bots.none(), web).create().start("127.0.0.1", 0);
        return new Http(server.port());
    }

    private static Config.Web web(String token, List<String> origins, int rate, boolean trustProxy) {
        return new Config.Web("127.0.0.1", 0, token, origins, rate, trustProxy);
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    @Test
    void a_browser_lists_only_its_own_conversations_but_an_id_is_a_capability() throws Exception {
        start(web(null, List.of(), 0, false));
        Http alice = Http.browser(server.port());
        Http bob = Http.browser(server.port());
        String id = JSON.readTree(alice.post("/api/chat", CHAT).body()).get("conversationId").asText();

        assertThat(JSON.readTree(alice.get("/api/conversations").body())).extracting(c -> c.get("id").asText()).containsExactly(id);
        assertThat(JSON.readTree(bob.get("/api/conversations").body())).isEmpty();
        assertThat(JSON.readTree(new Http(server.port()).get("/api/conversations").body())).isEmpty();
        // whoever holds the id may read and continue it: API clients and the evaluation tools work this way
        assertThat(bob.get("/api/conversations/" + id).statusCode()).isEqualTo(200);
        assertThat(bob.post("/api/chat", "{\"message\": \"完成了多少个追溯闭环？\", \"conversationId\": \"" + id + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> cookie = new Http(server.port()).get("/api/measures");
        assertThat(cookie.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .contains(ClientGuard.OWNER_COOKIE + "=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void a_conversation_started_by_a_bot_cannot_be_read_or_continued_from_the_web() throws Exception {
        Http http = start(web(null, List.of(), 0, false));
        String botConversation = answers.chat(Caller.bot(Caller.SLACK), null, "碳足迹证书发了多少张？", ChatListener.NONE).conversationId();
        assertThat(http.get("/api/conversations/" + botConversation).statusCode()).isEqualTo(404);
        assertThat(http.post("/api/chat", "{\"message\": \"效果呢？\", \"conversationId\": \"" + botConversation + "\"}").statusCode()).isEqualTo(404);
        assertThat(http.post("/api/feedback", "{\"conversationId\": \"" + botConversation + "\", \"turn\": 0, \"rating\": \"up\"}").statusCode())
                .isEqualTo(404);
        assertThat(answers.messages(Caller.bot(Caller.SLACK), botConversation)).hasSize(2);
    }

    @Test
    void state_changing_requests_must_be_json_and_come_from_this_site_or_one_allowed() throws Exception {
        Http http = start(web(null, List.of("https://portal.example.org"), 0, false));
        assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "text/plain")).statusCode()).isEqualTo(415);
        HttpResponse<String> foreign = http.send("POST", "/api/chat", CHAT,
                Map.of("Content-Type", "application/json", "Origin", "https://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).get("error").asText()).contains("其他网站");
        assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "application/json",
                "Origin", "http://localhost:" + server.port())).statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "application/json",
                "Origin", "https://portal.example.org")).statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "application/json", "Origin", "null")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void with_an_access_token_every_api_call_needs_it_and_the_page_and_health_stay_open() throws Exception {
        String token = "s3cret-token-for-tests";
        Http http = start(web(token, List.of(), 0, false));
        assertThat(http.get("/api/measures").statusCode()).isEqualTo(401);
        assertThat(http.send("GET", "/api/measures", null, Map.of("Authorization", "Bearer wrong-token-of-same")).statusCode()).isEqualTo(401);
        assertThat(http.send("GET", "/api/measures", null, Map.of("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_over_its_rate_gets_429_with_retry_after_and_behind_a_proxy_each_client_has_its_own_bucket() throws Exception {
        Http http = start(web(null, List.of(), 3, true));
        for (int i = 0; i < 3; i++) {
            assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "application/json", "X-Forwarded-For", "10.0.0.1, 203.0.113.7"))
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = http.send("POST", "/api/chat", CHAT,
                Map.of("Content-Type", "application/json", "X-Forwarded-For", "10.0.0.1, 203.0.113.7"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(JSON.readTree(limited.body()).get("error").asText()).contains("太频繁");
        // the proxy appended the client's address last: a client cannot escape its bucket by adding addresses before it
        assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "application/json", "X-Forwarded-For", "1.2.3.4, 203.0.113.7"))
                .statusCode()).isEqualTo(429);
        assertThat(http.send("POST", "/api/chat", CHAT, Map.of("Content-Type", "application/json", "X-Forwarded-For", "198.51.100.9"))
                .statusCode()).isEqualTo(200);
        // searching is not limited
        assertThat(http.send("POST", "/api/search", "{\"query\": \"通关\"}", Map.of("Content-Type", "application/json",
                "X-Forwarded-For", "203.0.113.7")).statusCode()).isEqualTo(200);
    }
}
