package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.measuresqa.bots.Bots;
import org.measuresqa.config.ConfigException;
import org.measuresqa.support.TestIndex;

/** The bots' routes exist exactly when the bots are configured, behind the same server as the page. */
class BotRoutesTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    @Test
    void a_configured_slack_bot_answers_url_verification_on_the_main_server_and_an_unconfigured_one_has_no_route() throws Exception {
        var answers = TestIndex.answerService(Files.createTempDirectory("bots").resolve("c.db"));
        Bots bots = Bots.fromEnv(Map.of("SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-test",
                "SLACK_API_BASE_URL", "http://127.0.0.1:9/api"), answers);
        Javalin with = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, Map::of, bots, new org.measuresqa.config.Config.Web("127.0.0.1", 0)).create().start("127.0.0.1", 0);
        Javalin without = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, Map::of).create().start("127.0.0.1", 0);
        try {
            String body = "{\"type\":\"url_verification\",\"challenge\":\"abc123\",\"token\":\"x\"}";
            String ts = String.valueOf(System.currentTimeMillis() / 1000);
            HttpResponse<String> ok = post(with.port(), body, ts, sign(ts, body));
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("abc123");
            assertThat(post(with.port(), body, ts, sign(ts, body + " ")).statusCode()).isEqualTo(401);
            assertThat(post(without.port(), body, ts, sign(ts, body)).statusCode()).isEqualTo(404);
            // Slack sends long messages with their blocks: hundreds of kilobytes must reach the handler, not a 413
            String large = "{\"type\":\"url_verification\",\"challenge\":\"big1\",\"blocks\":\"" + "长".repeat(200_000) + "\"}";
            HttpResponse<String> big = post(with.port(), large, ts, sign(ts, large));
            assertThat(big.statusCode()).isEqualTo(200);
            assertThat(big.body()).contains("big1");
            // the API's own bodies stay small: refused on the declared length, before the body is read. The request is
            // written by hand and its body never sent, so the server's early answer cannot meet a client still writing
            assertThat(statusOfDeclaredLength(with.port(), "/api/chat", 90_000)).isEqualTo(413);
        } finally {
            with.stop();
            without.stop();
            bots.close();
        }
    }

    @Test
    void a_partial_configuration_names_the_missing_variable() throws Exception {
        var answers = TestIndex.answerService(Files.createTempDirectory("bots").resolve("c.db"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bots.fromEnv(Map.of("SLACK_SIGNING_SECRET", SECRET), answers))
                .isInstanceOf(ConfigException.class).hasMessageContaining("SLACK_BOT_TOKEN");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bots.fromEnv(Map.of("WECOM_CORP_ID", "ww1"), answers))
                .isInstanceOf(ConfigException.class).hasMessageContaining("WECOM_TOKEN");
    }

    private static String sign(String ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> post(int port, String body, String ts, String signature) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_configured_wecom_verification_file_is_served_at_the_root_and_every_other_name_is_404() throws Exception {
        var dir = Files.createTempDirectory("bots");
        var answers = TestIndex.answerService(dir.resolve("c.db"));
        var file = Files.writeString(dir.resolve("WW_verify_6sik8XFNVixfjUNp.txt"), "6sik8XFNVixfjUNp");
        Bots bots = Bots.fromEnv(Map.of("WECOM_CORP_ID", "ww1436e0e65a779aee", "WECOM_TOKEN", "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
                "WECOM_ENCODING_AES_KEY", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", "WECOM_AGENT_ID", "1000002",
                "WECOM_SECRET", "app-secret", "WECOM_API_BASE_URL", "http://127.0.0.1:9/cgi-bin", "WECOM_DOMAIN_VERIFY_FILE", file.toString()), answers);
        Javalin server = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, Map::of, bots,
                new org.measuresqa.config.Config.Web("127.0.0.1", 0)).create().start("127.0.0.1", 0);
        try {
            HttpResponse<String> ok = get(server.port(), "/WW_verify_6sik8XFNVixfjUNp.txt");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("6sik8XFNVixfjUNp");
            assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            for (String other : new String[] {"/WW_verify_other.txt", "/WW_verify_6sik8XFNVixfjUNp.txt.bak", "/ww_verify_6sik8XFNVixfjUNp.txt",
                    "/WW_verify_6sik8XFNVixfjUNp", "/x/WW_verify_6sik8XFNVixfjUNp.txt"}) {
                HttpResponse<String> missing = get(server.port(), other);
                assertThat(missing.statusCode()).as(other).isEqualTo(404);
                assertThat(missing.body()).as(other).isNotEqualTo("6sik8XFNVixfjUNp");
            }
        } finally {
            server.stop();
            bots.close();
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status line's code for a POST that declares {@code length} bytes of JSON and sends none of them. */
    private static int statusOfDeclaredLength(int port, String path, int length) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
