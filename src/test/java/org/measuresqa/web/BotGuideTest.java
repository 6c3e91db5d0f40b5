package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.bots.Bots;
import org.measuresqa.bots.FakeHttpApi;
import org.measuresqa.bots.Fixtures;
import org.measuresqa.bots.wecom.WeComCrypto;
import org.measuresqa.bots.wecom.WeComSettings;
import org.measuresqa.support.TestIndex;

/**
 * The operator's guide, docs/bots.md, followed as written: its "Check it works" steps, Slack then WeCom, are run in
 * the guide's order against the whole server (bots configured from the environment as in the guide) and local fakes of
 * the Slack and WeCom APIs. The steps are read from the guide by their bold names, so a step added, renamed or dropped
 * there fails here until this test does the same. The Slack manifest is checked against the guide's tables.
 */
class BotGuideTest {

    private static final Path GUIDE = Path.of("docs/bots.md");
    private static final Path MANIFEST = Path.of("docs/slack-app-manifest.yml");
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String POST_MESSAGE = "/api/chat.postMessage";
    private static final String SEND = "/cgi-bin/message/send";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;
    private FakeHttpApi slack;
    private FakeHttpApi wecom;
    private Bots bots;
    private Javalin server;
    private WeComSettings wecomSettings;
    private long msgId = 7_100_000_000_000_000_000L;

    @BeforeEach
    void start() {
        slack = FakeHttpApi.start().respond(POST_MESSAGE, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.1\"}");
        wecom = FakeHttpApi.start()
                .respond("/cgi-bin/gettoken", "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"accesstoken000001\",\"expires_in\":7200}")
                .respond(SEND, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m1\"}");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-guide-token");
        env.put("SLACK_API_BASE_URL", slack.baseUrl() + "/api");
        env.put("WECOM_CORP_ID", "ww1436e0e65a779aee");
        env.put("WECOM_TOKEN", "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo");
        env.put("WECOM_ENCODING_AES_KEY", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt");
        env.put("WECOM_AGENT_ID", "1000002");
        env.put("WECOM_SECRET", "app-secret");
        env.put("WECOM_API_BASE_URL", wecom.baseUrl() + "/cgi-bin");
        env.put("PUBLIC_BASE_URL", "https://qa.example.org");
        var answers = TestIndex.answerService(dir.resolve("c.db"));
        bots = Bots.fromEnv(env, answers);
        wecomSettings = WeComSettings.fromEnv(env).orElseThrow();
        server = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, Map::of, bots,
                new org.measuresqa.config.Config.Web("127.0.0.1", 0)).create().start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (bots != null) bots.close();
        slack.close();
        wecom.close();
    }

    /** One check step of the guide: does what it tells the reader to do, and checks what it says happens. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @Test
    void the_check_steps_of_the_guide_work_as_written_slack_first_then_wecom() throws Exception {
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("Mention the bot in a channel.", this::mentionInChannel);
        steps.put("Reply in the thread without a mention.", this::replyInThreadWithoutMention);
        steps.put("Send the bot a direct message.", this::directMessage);
        steps.put("Send the app a question.", this::weComQuestion);
        steps.put("Send a follow-up.", this::weComFollowUp);
        List<String> guide = checkSteps();
        assertThat(guide).as("the guide's check steps, Slack then WeCom, are the steps this test runs").containsExactlyElementsOf(steps.keySet());
        for (String name : guide) steps.get(name).run();
    }

    @Test
    void the_manifest_asks_for_the_scopes_and_events_the_guide_lists_and_no_more() throws Exception {
        String manifest = Files.readString(MANIFEST);
        String guide = Files.readString(GUIDE);
        Set<String> scopes = yamlList(manifest, "    bot:");
        Set<String> events = yamlList(manifest, "    bot_events:");
        assertThat(scopes).containsExactlyInAnyOrder("app_mentions:read", "channels:history", "groups:history", "im:history", "chat:write");
        assertThat(events).containsExactlyInAnyOrder("app_mention", "message.channels", "message.groups", "message.im");
        assertThat(tableFirstColumn(guide, "| Bot Token Scope")).containsExactlyInAnyOrderElementsOf(scopes);
        assertThat(tableFirstColumn(guide, "| bot event")).containsExactlyInAnyOrderElementsOf(events);
        assertThat(manifest).contains("request_url: https://<host>/slack/events").contains("socket_mode_enabled: false")
                .contains("messages_tab_enabled: true");
    }

    // ---- Slack: 5. Check it works

    private static final String CHANNEL = "C0GUIDE01";
    private static final String THREAD = "1710000000.000100";

    private void mentionInChannel() throws Exception {
        deliverSlack(event("slack/app_mention.json", "EvG1", CHANNEL, "<@U0LAN0Z89> 知识产权证券化发行了多少单？", THREAD, null));
        var reply = slack.next(POST_MESSAGE, WAIT).json();
        assertThat(reply.get("channel").asText()).isEqualTo(CHANNEL);
        assertThat(reply.get("thread_ts").asText()).isEqualTo(THREAD);
        assertThat(reply.get("text").asText()).contains("[8]");
    }

    private void replyInThreadWithoutMention() throws Exception {
        // what the guide says gets no answer: the channel itself, and a thread the bot has not answered in
        deliverSlack(event("slack/message_channel_reply.json", "EvG2", CHANNEL, "今天开会吗？", "1710000000.000200", null));
        deliverSlack(event("slack/message_channel_reply.json", "EvG3", CHANNEL, "后来成效如何？", "1710000000.000400", "1710000000.000300"));
        deliverSlack(event("slack/message_channel_reply.json", "EvG4", CHANNEL, "后来成效如何？", "1710000000.000500", THREAD));
        var reply = slack.next(POST_MESSAGE, WAIT).json();
        assertThat(reply.get("thread_ts").asText()).as("only the reply in the bot's thread is answered").isEqualTo(THREAD);
        // asked alone, the follow-up names nothing to look up; in the thread it continues from the first question
        assertThat(reply.get("text").asText()).contains("实施效果").contains("[8]");
        assertThat(slack.requests(POST_MESSAGE)).hasSize(2);
    }

    private void directMessage() throws Exception {
        deliverSlack(event("slack/message_im.json", "EvG5", "D0GUIDE01", "知识产权证券化发行了多少单？", "1710000001.000100", null));
        var reply = slack.next(POST_MESSAGE, WAIT).json();
        assertThat(reply.get("channel").asText()).isEqualTo("D0GUIDE01");
        assertThat(reply.get("thread_ts").asText()).isEqualTo("1710000001.000100");
        assertThat(reply.get("text").asText()).contains("[8]");
        assertThat(slack.requests(POST_MESSAGE)).as("nothing else was answered").hasSize(3);
    }

    // ---- WeCom: 5. Check it works

    private void weComQuestion() throws Exception {
        deliverWeCom("ChenJiaShun", "知识产权证券化发行了多少单？");
        var sent = wecom.next(SEND, WAIT).json();
        assertThat(sent.get("touser").asText()).isEqualTo("ChenJiaShun");
        assertThat(sent.get("markdown").get("content").asText()).contains("[8]").contains("来源")
                .contains("https://qa.example.org/measures/8");
    }

    private void weComFollowUp() throws Exception {
        deliverWeCom("ChenJiaShun", "后来成效如何？");
        var sent = wecom.next(SEND, WAIT).json();
        assertThat(sent.get("touser").asText()).isEqualTo("ChenJiaShun");
        assertThat(sent.get("markdown").get("content").asText()).contains("实施效果").contains("[8]");
    }

    // ---- helpers

    /** The numbered steps under each "### 5. Check it works" heading of the guide, by their bold names, in order. */
    private static List<String> checkSteps() throws Exception {
        List<String> names = new ArrayList<>();
        boolean inCheck = false;
        Pattern step = Pattern.compile("^\\d+\\. \\*\\*(.+?)\\*\\*");
        for (String line : Files.readAllLines(GUIDE)) {
            if (line.startsWith("#")) inCheck = line.matches("### \\d+\\. Check it works");
            Matcher m = step.matcher(line);
            if (inCheck && m.find()) names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> yamlList(String yaml, String key) {
        Set<String> items = new LinkedHashSet<>();
        boolean in = false;
        for (String line : yaml.split("\n")) {
            if (line.equals(key)) {
                in = true;
                continue;
            }
            if (!in || line.strip().startsWith("#")) continue;
            if (!line.strip().startsWith("- ")) break;
            items.add(line.strip().substring(2).strip());
        }
        return items;
    }

    /** The backquoted names in the first column of the guide's table whose header starts with {@code header}. */
    private static Set<String> tableFirstColumn(String markdown, String header) {
        Set<String> names = new LinkedHashSet<>();
        boolean in = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith(header)) {
                in = true;
                continue;
            }
            if (!in || line.startsWith("|---")) continue;
            if (!line.startsWith("|")) break;
            Matcher m = Pattern.compile("`([^`]+)`").matcher(line.split("\\|")[1]);
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    private static String event(String fixture, String eventId, String channel, String text, String ts, String threadTs) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.text(fixture));
        root.put("event_id", eventId);
        ObjectNode event = (ObjectNode) root.get("event");
        event.put("channel", channel).put("text", text).put("ts", ts).put("event_ts", ts);
        if (threadTs == null) event.remove("thread_ts");
        else event.put("thread_ts", threadTs);
        return root.toString();
    }

    private void deliverSlack(String body) throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private void deliverWeCom(String user, String content) throws Exception {
        WeComCrypto crypto = new WeComCrypto(wecomSettings);
        String plain = "<xml><ToUserName><![CDATA[" + wecomSettings.corpId() + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>1710000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId++ + "</MsgId><AgentID>" + wecomSettings.agentId() + "</AgentID></xml>";
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        String nonce = "guide" + msgId;
        String encrypted = crypto.encrypt(plain);
        String body = "<xml><ToUserName><![CDATA[" + wecomSettings.corpId() + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt><AgentID><![CDATA[" + wecomSettings.agentId() + "]]></AgentID></xml>";
        String url = "http://127.0.0.1:" + server.port() + "/wecom/callback?msg_signature=" + crypto.signature(timestamp, nonce, encrypted)
                + "&timestamp=" + timestamp + "&nonce=" + nonce;
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
