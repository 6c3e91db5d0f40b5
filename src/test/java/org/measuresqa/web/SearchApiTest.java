package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.measuresqa.support.Http;
import org.measuresqa.support.TestIndex;

/** The HTTP API on a real server and random port, over the real index. */
class SearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Javalin server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = new WebServer(TestIndex.retriever(), TestIndex.answerService(tempFile()), TestIndex.corpus().measures(), 5,
                () -> Map.of("measures", 32, "chunks", TestIndex.store().count())).create().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    private static java.nio.file.Path tempFile() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("search-api");
            dir.toFile().deleteOnExit();
            return dir.resolve("conversations.db");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void search_returns_ranked_measures_in_the_documented_shape() throws Exception {
        HttpResponse<String> r = http.post("/api/search", "{\"query\": \"知识产权证券化发行了多少单？\", \"k\": 3}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
        JsonNode body = json(r);
        assertThat(body.get("abstain").asBoolean()).isFalse();
        JsonNode first = body.get("measures").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(8);
        assertThat(first.get("name").asText()).isEqualTo("打造知识产权证券化特色品牌");
        assertThat(first.get("source").asText()).isEqualTo("深圳");
        assertThat(first.get("category").asText()).isEqualTo("科技创新体制机制");
        assertThat(first.get("scope").asText()).isEqualTo("全国");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("evidence").isArray()).isTrue();
        assertThat(body.get("measures").size()).isLessThanOrEqualTo(3);
    }

    @Test
    void history_makes_a_follow_up_and_a_filter_returns_its_whole_set() throws Exception {
        JsonNode follow = json(http.post("/api/search", "{\"query\": \"后来成效如何？\", \"history\": [\"LNG加注是哪个城市的？\"]}"));
        assertThat(follow.get("measures").get(0).get("number").asInt()).isEqualTo(18);
        assertThat(follow.get("followUp").asBoolean()).isTrue();
        JsonNode count = json(http.post("/api/search", "{\"query\": \"深圳总共入选了多少项？\", \"k\": 3}"));
        assertThat(count.get("count").asInt()).isEqualTo(8);
        assertThat(count.get("measures").size()).isEqualTo(8);
    }

    @Test
    void a_question_outside_the_document_is_flagged_abstain_with_a_reason() throws Exception {
        JsonNode body = json(http.post("/api/search", "{\"query\": \"第33项是什么内容？\"}"));
        assertThat(body.get("abstain").asBoolean()).isTrue();
        assertThat(body.get("abstainReason").asText()).contains("32");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty body|''|empty",
            "malformed JSON|'{\"query\": '|not valid JSON",
            "not an object|'[1, 2]'|JSON object",
            "missing query|'{\"k\": 3}'|query is missing",
            "query not a string|'{\"query\": 42}'|query must be a string",
            "blank query|'{\"query\": \"   \"}'|query is empty",
            "k too large|'{\"query\": \"通关\", \"k\": 99}'|k must be between 1 and 32",
            "k zero|'{\"query\": \"通关\", \"k\": 0}'|k must be between 1 and 32",
            "k not a number|'{\"query\": \"通关\", \"k\": \"5\"}'|k must be a whole number",
            "history not an array|'{\"query\": \"通关\", \"history\": \"上一句\"}'|history must be an array",
            "history with a number|'{\"query\": \"通关\", \"history\": [1]}'|history must contain only strings"})
    void bad_input_is_a_400_with_a_json_error_that_names_the_problem(String name, String body, String message) throws Exception {
        HttpResponse<String> r = http.post("/api/search", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asText()).contains(message);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void an_over_long_query_is_refused_with_its_length() throws Exception {
        HttpResponse<String> r = http.post("/api/search", "{\"query\": \"" + "通".repeat(2001) + "\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asText()).contains("2001").contains("2000");
    }

    @Test
    void measures_can_be_listed_and_fetched_one_by_one() throws Exception {
        JsonNode all = json(http.get("/api/measures"));
        assertThat(all.size()).isEqualTo(32);
        JsonNode m = json(http.get("/api/measures/24"));
        assertThat(m.get("scope").asText()).isEqualTo("长三角区域");
        assertThat(m.get("practices").size()).isEqualTo(4);
    }

    @Test
    void an_unknown_or_malformed_measure_number_is_a_clear_4xx() throws Exception {
        HttpResponse<String> missing = http.get("/api/measures/33");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("no measure 33");
        HttpResponse<String> malformed = http.get("/api/measures/abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asText()).contains("whole number");
    }

    @Test
    void health_reports_the_index_and_unknown_paths_are_json_404s() throws Exception {
        JsonNode health = json(http.get("/health"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("measures").asInt()).isEqualTo(32);
        HttpResponse<String> nowhere = http.get("/api/nowhere");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(json(nowhere).get("error").asText()).contains("/api/nowhere");
    }
}
