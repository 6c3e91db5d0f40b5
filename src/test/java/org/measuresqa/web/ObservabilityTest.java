package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.config.Config;
import org.measuresqa.support.Http;
import org.measuresqa.support.TestIndex;

/** A real server: Prometheus metrics by route, answer mode and limit, and a request id in every reply and error. */
class ObservabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Javalin server;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        var answers = TestIndex.answerService(Files.createTempDirectory("observe").resolve("c.db"));
        server = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, () -> Map.of("status", "ok"),
                org.measuresqa.bots.Bots.none(), new Config.Web("127.0.0.1", 0, null, List.of(), 1, false)).create().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The value of the first sample whose line contains every one of {@code parts}, or 0 when there is none yet. */
    private double sample(String metric, String... parts) throws Exception {
        String body = http.get("/metrics").body();
        for (String line : body.split("\n")) {
            if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) continue;
            boolean all = true;
            for (String p : parts) all &= line.contains(p);
            if (all) return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        return 0;
    }

    @Test
    void metrics_count_requests_by_route_template_answers_by_mode_and_refusals_by_the_rate_limit() throws Exception {
        double searches = sample("http_server_requests_seconds_count", "route=\"/api/search\"", "status=\"200\"");
        double lookups = sample("http_server_requests_seconds_count", "route=\"/api/conversations/{id}\"", "status=\"404\"");
        double extractive = sample("measuresqa_answers_total", "mode=\"extractive\"", "declined=\"false\"");
        double limited = sample("measuresqa_rate_limited_total", "route=\"/api/chat\"");

        assertThat(http.post("/api/search", "{\"query\": \"知识产权证券化\"}").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/conversations/no-such-conversation").statusCode()).isEqualTo(404);
        assertThat(http.post("/api/chat", "{\"message\": \"知识产权证券化发行了多少单？\"}").statusCode()).isEqualTo(200);
        assertThat(http.post("/api/chat", "{\"message\": \"知识产权证券化发行了多少单？\"}").statusCode()).isEqualTo(429);

        HttpResponse<String> metrics = http.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(sample("http_server_requests_seconds_count", "route=\"/api/search\"", "status=\"200\"")).isEqualTo(searches + 1);
        assertThat(sample("http_server_requests_seconds_count", "route=\"/api/conversations/{id}\"", "status=\"404\""))
                .as("the route is the template: ids never become label values").isEqualTo(lookups + 1);
        assertThat(metrics.body()).doesNotContain("no-such-conversation");
        assertThat(sample("measuresqa_answers_total", "mode=\"extractive\"", "declined=\"false\"")).isEqualTo(extractive + 1);
        assertThat(sample("measuresqa_rate_limited_total", "route=\"/api/chat\"")).isEqualTo(limited + 1);
        assertThat(metrics.body()).contains("http_server_requests_seconds_bucket");
        assertThat(http.get("/api/no-such-endpoint").statusCode()).isEqualTo(404);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        assertThat(sample("http_server_requests_seconds_count", "route=\"unmatched\"", "status=\"404\"")).isPositive();
        assertThat(sample("http_server_requests_seconds_count", "route=\"static\"", "status=\"200\"")).isPositive();
        assertThat(http.get("/metrics").body()).as("filters are not routes").doesNotContain("route=\"*\"").doesNotContain("route=\"/api/*\"");
    }

    @Test
    void every_reply_carries_a_request_id_and_an_error_names_it() throws Exception {
        HttpResponse<String> ok = http.get("/api/measures");
        assertThat(ok.headers().firstValue(RequestIds.HEADER)).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));

        HttpResponse<String> bad = http.post("/api/chat", "{\"message\": ");
        assertThat(bad.statusCode()).isEqualTo(400);
        String id = bad.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(JSON.readTree(bad.body()).get("requestId").asText()).isEqualTo(id);
        assertThat(id).isNotEqualTo(ok.headers().firstValue(RequestIds.HEADER).orElseThrow());
    }

    @Test
    void a_proxys_plain_request_id_is_kept_and_one_that_could_forge_log_lines_is_replaced() throws Exception {
        HttpResponse<String> kept = http.send("GET", "/api/measures/999", null, Map.of(RequestIds.HEADER, "edge-7f3a.42"));
        assertThat(kept.statusCode()).isEqualTo(404);
        assertThat(kept.headers().firstValue(RequestIds.HEADER)).hasValue("edge-7f3a.42");
        assertThat(JSON.readTree(kept.body()).get("requestId").asText()).isEqualTo("edge-7f3a.42");

        HttpResponse<String> replaced = http.send("GET", "/api/measures", null, Map.of(RequestIds.HEADER, "x status=200 <b>"));
        Matcher id = Pattern.compile("[0-9a-f]{16}").matcher(replaced.headers().firstValue(RequestIds.HEADER).orElseThrow());
        assertThat(id.matches()).isTrue();
    }
}
