package org.measuresqa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measuresqa.support.ServerProcesses.awaitHealth;
import static org.measuresqa.support.ServerProcesses.freePort;
import static org.measuresqa.support.ServerProcesses.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.support.ServerProcesses;
import org.measuresqa.bots.FakeHttpApi;
import org.measuresqa.support.TestPostgres;

/**
 * Two servers started from the packaged jar on one PostgreSQL, as behind a load balancer: a conversation goes on
 * across them, a browser sees the same list on both, a Slack event and its retry sent to different instances get one
 * reply (and a reply in its thread, sent to the other instance, is followed up there), and SIGKILL of one instance under a chat load loses no answered turn. Each instance keeps its own index.
 */
class TwoInstancesIT {

    private static final Path JAR = ServerProcesses.JAR;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String POST_MESSAGE = "/api/chat.postMessage";
    private static final String FIRST = "碳足迹证书发了多少张？";
    private static final String FOLLOW_UP = "那它是哪个城市推出的？";

    @TempDir
    Path dir;

    private TestPostgres.Fresh db;
    private FakeHttpApi slack;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        db = TestPostgres.freshDatabase();
        slack = FakeHttpApi.start().respond(POST_MESSAGE, "{\"ok\":true,\"channel\":\"C123ABC456\",\"ts\":\"1700000000.000100\"}");
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor();
        }
        slack.close();
        db.close();
    }

    @Test
    void two_instances_on_one_postgresql_share_conversations_bot_deliveries_and_survive_a_kill() throws Exception {
        assertThat(JAR).as("the server's jar, built by `mvn package` before the integration tests").exists();
        // one index built once, copied: each instance keeps its own, as on separate machines
        Path index = dir.resolve("a.db");
        run(new ProcessBuilder(java(), "-Xmx1g", "-jar", JAR.toString(), "ingest", "--store", index.toString()));
        Files.copy(index, dir.resolve("b.db"), StandardCopyOption.REPLACE_EXISTING);
        int portA = freePort();
        int portB = freePort();
        Process a = serve("a", portA); // both start at once: the migrations are applied once, under Flyway's lock
        Process b = serve("b", portB);
        assertThat(awaitHealth(portA, Duration.ofSeconds(180))).contains("\"postgresql\"").contains("\"reachable\":true");
        assertThat(awaitHealth(portB, Duration.ofSeconds(180))).contains("\"postgresql\"").contains("\"reachable\":true");

        // 1. a conversation started on A goes on on B, follow-up included
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode first = chat(browser, portA, FIRST, null);
        String id = first.get("conversationId").asText();
        int measure = first.get("citations").get(0).get("number").asInt();
        JsonNode followUp = chat(browser, portB, FOLLOW_UP, id);
        assertThat(followUp.get("conversationId").asText()).isEqualTo(id);
        assertThat(followUp.get("saved").asBoolean()).isTrue();
        assertThat(followUp.get("citations").findValuesAsText("number")).contains(Integer.toString(measure));
        for (int port : List.of(portA, portB)) {
            assertThat(get(browser, port, "/api/conversations/" + id).findValuesAsText("content")).hasSize(4).contains(FIRST, FOLLOW_UP);
        }

        // 2. the browser's list is the same on both
        JsonNode listA = get(browser, portA, "/api/conversations");
        assertThat(listA.findValuesAsText("id")).containsExactly(id);
        assertThat(get(browser, portB, "/api/conversations")).isEqualTo(listA);

        // 3. a Slack event answered by A; its retry, delivered to B, is acknowledged and not answered again
        String event = Files.readString(Path.of("src/test/resources/fixtures/slack/app_mention.json"), StandardCharsets.UTF_8);
        assertThat(slackEvent(portA, event, null).statusCode()).isEqualTo(200);
        assertThat(slackEvent(portB, event, "1").statusCode()).isEqualTo(200);
        assertThat(slack.next(POST_MESSAGE, Duration.ofSeconds(60))).isNotNull();
        Thread.sleep(3000); // time enough for a second answer, were one on its way
        assertThat(slack.requests(POST_MESSAGE)).as("replies to one event and its retry").hasSize(1);
        // a reply in that thread without a mention, delivered to B: B knows the thread from the shared state
        String reply = Files.readString(Path.of("src/test/resources/fixtures/slack/message_channel_reply.json"), StandardCharsets.UTF_8);
        assertThat(slackEvent(portB, reply, null).statusCode()).isEqualTo(200);
        FakeHttpApi.Request followed = slack.next(POST_MESSAGE, Duration.ofSeconds(60));
        assertThat(followed).as("the thread follow-up answered by the other instance").isNotNull();
        assertThat(followed.json().get("thread_ts").asText()).isEqualTo("1515449522.000016");

        // 4. SIGKILL of A under a chat load on both: every turn that was answered as saved is there after a restart
        Map<String, String> answered = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(6);
        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            load.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    int port = (thread + n) % 2 == 0 ? portA : portB;
                    String question = (n % 2 == 0 ? FIRST : "知识产权证券化发行了多少单？");
                    try {
                        JsonNode turn = chat(api, port, question, null);
                        if (turn.get("saved").asBoolean()) answered.put(turn.get("conversationId").asText(), question);
                    } catch (Exception e) {
                        failed.incrementAndGet(); // sent to A as it died, or after: never answered
                    }
                }
                return null;
            });
        }
        Thread.sleep(4000);
        a.destroyForcibly(); // SIGKILL: no shutdown hook
        a.waitFor();
        Thread.sleep(3000);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(answered).as("turns answered under load").hasSizeGreaterThan(10);
        assertThat(failed.get()).as("requests to the killed instance").isPositive();

        int restarted = freePort();
        serve("a", restarted);
        awaitHealth(restarted, Duration.ofSeconds(180));
        List<String> lost = new ArrayList<>();
        for (var turn : answered.entrySet()) {
            JsonNode messages = get(api, restarted, "/api/conversations/" + turn.getKey());
            if (!messages.findValuesAsText("content").contains(turn.getValue())) lost.add(turn.getKey());
        }
        assertThat(lost).as("answered turns missing after the kill, of %d", answered.size()).isEmpty();
        assertThat(get(browser, restarted, "/api/conversations")).isEqualTo(listA);
    }

    private Process serve(String name, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx1g", "-jar", JAR.toString(), "serve", "--port", Integer.toString(port),
                "--store", dir.resolve(name + ".db").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("DATABASE_URL", db.url());
        env.put("ANSWERER", "extractive");
        env.put("CHAT_RATE_LIMIT_PER_MINUTE", "0");
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        env.put("SLACK_API_BASE_URL", slack.baseUrl() + "/api");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private void run(ProcessBuilder pb) throws Exception {
        Process p = pb.redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        processes.add(p);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("ingest.log"))).isZero();
    }

    private static JsonNode chat(HttpClient http, int port, String message, String conversationId) throws Exception {
        String body = JSON.writeValueAsString(conversationId == null ? Map.of("message", message)
                : Map.of("message", message, "conversationId", conversationId));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> slackEvent(int port, String body, String retryNum) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (retryNum != null) request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
