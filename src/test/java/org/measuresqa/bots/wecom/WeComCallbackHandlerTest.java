package org.measuresqa.bots.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measuresqa.bots.wecom.WeComClientTest.GETTOKEN;
import static org.measuresqa.bots.wecom.WeComClientTest.SEND;
import static org.measuresqa.bots.wecom.WeComClientTest.SENT;
import static org.measuresqa.bots.wecom.WeComCryptoTest.*;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.bots.BotConversations;
import org.measuresqa.bots.FakeHttpApi;
import org.measuresqa.bots.Fixtures;
import org.measuresqa.bots.TestExecutors;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.support.TestIndex;

/**
 * GET and POST /wecom/callback on a real Javalin server, with the real index and extractive answers, sending to a
 * local fake WeCom API.
 */
class WeComCallbackHandlerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    private static ConversationService answers;

    private FakeHttpApi wecom;
    private ExecutorService executor;
    private WeComCallbackHandler handler;
    private Javalin server;
    private WeComSettings settings;
    private WeComCrypto crypto;
    private long nextMsgId = 7_000_000_000_000_000_000L;

    @BeforeAll
    static void index() {
        answers = TestIndex.answerService(dir.resolve("c.db"));
        TestIndex.store();
    }

    @BeforeEach
    void fakeWeCom() {
        wecom = FakeHttpApi.start().respond(GETTOKEN, WeComClientTest.token("accesstoken000001")).respond(SEND, SENT);
    }

    private WeComSettings settings(String token, String key, String corp, int agent) {
        return new WeComSettings(corp, token, key, agent, "app-secret", wecom.baseUrl() + "/cgi-bin", null);
    }

    private void start(WeComSettings settings, BotConversations conversations, ExecutorService executor) {
        start(settings, conversations, executor, Clock.systemUTC());
    }

    private void start(WeComSettings settings, BotConversations conversations, ExecutorService executor, Clock clock) {
        this.settings = settings;
        this.crypto = new WeComCrypto(settings);
        this.executor = executor;
        handler = new WeComCallbackHandler(settings, conversations, new WeComClient(settings), executor, clock);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/wecom/callback", handler::verify);
            config.routes.post("/wecom/callback", handler::receive);
        }).start("127.0.0.1", 0);
    }

    /** The newer sample's app, answering from the real index. */
    private void start() {
        start(settings(W1_TOKEN, W1_KEY, W1_CORP, 1000002), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newFixedThreadPool(2));
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (handler != null) handler.close();
        wecom.close();
    }

    private String url(Map<String, String> query) {
        return "http://127.0.0.1:" + server.port() + "/wecom/callback?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(Map<String, String> query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(query))).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(Map<String, String> query, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(query))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String signature, String timestamp, String nonce) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("msg_signature", signature);
        q.put("timestamp", timestamp);
        q.put("nonce", nonce);
        return q;
    }

    /** A text message from {@code user}, encrypted and signed as WeCom would send it. */
    private HttpResponse<String> sendText(String user, String content, long msgId) throws Exception {
        String plain = "<xml><ToUserName><![CDATA[" + settings.corpId() + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>" + settings.agentId() + "</AgentID></xml>";
        return deliver(plain);
    }

    private HttpResponse<String> deliver(String plain) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        String nonce = "n" + System.nanoTime();
        String encrypted = crypto.encrypt(plain);
        String body = "<xml><ToUserName><![CDATA[" + settings.corpId() + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt><AgentID><![CDATA[" + settings.agentId() + "]]></AgentID></xml>";
        return post(query(crypto.signature(timestamp, nonce, encrypted), timestamp, nonce), body);
    }

    private static Map<String, String> echo(String signature, String timestamp, String nonce, String echostr) {
        Map<String, String> q = query(signature, timestamp, nonce);
        q.put("echostr", echostr);
        return q;
    }

    @Test
    void url_verification_with_both_official_samples_replies_the_bare_decrypted_echo() throws Exception {
        start(settings(W2_TOKEN, W2_KEY, W2_CORP, 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newSingleThreadExecutor());
        HttpResponse<String> r = get(echo(W2_GET_SIGNATURE, W2_GET_TIMESTAMP, W2_GET_NONCE, W2_ECHOSTR));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(W2_ECHO);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        stop();
        fakeWeCom();
        start(settings(W1_TOKEN, W1_KEY, W1_CORP, 1000002), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newSingleThreadExecutor());
        r = get(echo(W1_GET_SIGNATURE, W1_GET_TIMESTAMP, W1_GET_NONCE, W1_ECHOSTR));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(W1_ECHO);
    }

    @Test
    void an_echostr_sent_without_url_encoding_still_verifies() throws Exception {
        start(settings(W2_TOKEN, W2_KEY, W2_CORP, 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newSingleThreadExecutor());
        String raw = "http://127.0.0.1:" + server.port() + "/wecom/callback?msg_signature=" + W2_GET_SIGNATURE + "&timestamp=" + W2_GET_TIMESTAMP
                + "&nonce=" + W2_GET_NONCE + "&echostr=" + W2_ECHOSTR;
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(raw)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(W2_ECHO);
    }

    @Test
    void url_verification_with_a_wrong_signature_or_corp_is_401_and_without_parameters_400() throws Exception {
        start(settings(W2_TOKEN, W2_KEY, "wwSomeoneElse", 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newSingleThreadExecutor());
        HttpResponse<String> wrongCorp = get(echo(W2_GET_SIGNATURE, W2_GET_TIMESTAMP, W2_GET_NONCE, W2_ECHOSTR));
        assertThat(wrongCorp.statusCode()).isEqualTo(401);
        assertThat(wrongCorp.body()).doesNotContain(W2_ECHO);
        stop();
        fakeWeCom();
        start(settings(W2_TOKEN, W2_KEY, W2_CORP, 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newSingleThreadExecutor());
        assertThat(get(echo(W2_GET_SIGNATURE.replace('5', '6'), W2_GET_TIMESTAMP, W2_GET_NONCE, W2_ECHOSTR)).statusCode()).isEqualTo(401);
        assertThat(get(echo(W2_GET_SIGNATURE, W2_GET_TIMESTAMP, "263014781", W2_ECHOSTR)).statusCode()).isEqualTo(401);
        Map<String, String> missing = echo(W2_GET_SIGNATURE, W2_GET_TIMESTAMP, W2_GET_NONCE, W2_ECHOSTR);
        missing.remove("echostr");
        assertThat(get(missing).statusCode()).isEqualTo(400);
    }

    @Test
    void the_official_post_sample_is_acknowledged_empty_and_answered_to_its_sender() throws Exception {
        // the sample was signed years ago: the server's clock is set to then, inside the freshness window
        Clock then = Clock.fixed(java.time.Instant.ofEpochSecond(Long.parseLong(W2_POST_TIMESTAMP) + 60), java.time.ZoneOffset.UTC);
        start(settings(W2_TOKEN, W2_KEY, W2_CORP, 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM),
                Executors.newSingleThreadExecutor(), then);
        HttpResponse<String> r = post(query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE), Fixtures.text("wecom/w2_post.xml"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        TestExecutors.drain(executor);
        assertThat(wecom.requests(SEND)).singleElement().satisfies(send -> {
            assertThat(send.json().get("touser").asText()).isEqualTo("mycreate");
            assertThat(send.json().get("agentid").asInt()).isEqualTo(218);
            assertThat(send.json().get("msgtype").asText()).isEqualTo("markdown");
            assertThat(send.json().get("markdown").get("content").asText()).isNotBlank();
        });
    }

    @Test
    void a_signed_callback_replayed_after_the_freshness_window_is_refused_and_nothing_is_sent() throws Exception {
        Clock now = Clock.fixed(java.time.Instant.ofEpochSecond(Long.parseLong(W2_POST_TIMESTAMP))
                .plus(WeComCallbackHandler.FRESHNESS).plusSeconds(60), java.time.ZoneOffset.UTC);
        start(settings(W2_TOKEN, W2_KEY, W2_CORP, 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM),
                Executors.newSingleThreadExecutor(), now);
        HttpResponse<String> r = post(query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE), Fixtures.text("wecom/w2_post.xml"));
        assertThat(r.statusCode()).isEqualTo(401);
        TestExecutors.drain(executor);
        assertThat(wecom.requests(SEND)).isEmpty();
    }

    @Test
    void a_malformed_body_is_a_quiet_400_with_nothing_on_stderr() throws Exception {
        start();
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = post(query("sig", String.valueOf(System.currentTimeMillis() / 1000), "nonce"), "<xml><Encrypt>unclosed");
            assertThat(r.statusCode()).isEqualTo(400);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Fatal Error");
    }

    @Test
    void a_text_message_gets_an_empty_200_before_it_is_answered_by_message_send() throws Exception {
        TestExecutors.Gated gated = TestExecutors.gated();
        start(settings(W1_TOKEN, W1_KEY, W1_CORP, 1000002), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), gated.executor);
        long started = System.nanoTime();
        HttpResponse<String> r = sendText("ChenJiaShun", "知识产权证券化发行了多少单？", nextMsgId++);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(wecom.requests()).as("nothing is sent while the executor is held").isEmpty();
        gated.release();
        FakeHttpApi.Request send = wecom.next(SEND, WAIT);
        assertThat(send.json().get("touser").asText()).isEqualTo("ChenJiaShun");
        assertThat(send.json().get("agentid").asInt()).isEqualTo(1000002);
        assertThat(send.json().get("markdown").get("content").asText()).contains("93单").contains("[8]").contains("打造知识产权证券化特色品牌");
    }

    @Test
    void the_token_is_fetched_once_and_reused_for_the_next_message() throws Exception {
        start();
        assertThat(sendText("ChenJiaShun", "知识产权证券化发行了多少单？", nextMsgId++).statusCode()).isEqualTo(200);
        assertThat(sendText("LiSi", "LNG加注是哪个城市的？", nextMsgId++).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(wecom.requests(SEND)).hasSize(2);
        assertThat(wecom.requests(GETTOKEN)).hasSize(1);
    }

    @Test
    void three_deliveries_of_one_msgid_are_answered_once() throws Exception {
        start();
        long id = nextMsgId++;
        for (int i = 0; i < 3; i++) assertThat(sendText("ChenJiaShun", "知识产权证券化发行了多少单？", id).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(wecom.requests(SEND)).hasSize(1);
    }

    @Test
    void an_expired_token_is_refreshed_and_the_answer_sent_on_the_second_try() throws Exception {
        start();
        wecom.respondOnce(SEND, 200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}", Map.of());
        wecom.respondOnce(GETTOKEN, 200, WeComClientTest.token("accesstoken000001"), Map.of())
                .respond(GETTOKEN, WeComClientTest.token("accesstoken000002"));
        assertThat(sendText("ChenJiaShun", "知识产权证券化发行了多少单？", nextMsgId++).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(wecom.requests(GETTOKEN)).hasSize(2);
        assertThat(wecom.requests(SEND)).extracting(r -> r.query().get("access_token")).containsExactly("accesstoken000001", "accesstoken000002");
    }

    @Test
    void a_follow_up_from_the_same_member_continues_the_conversation() throws Exception {
        start();
        assertThat(sendText("ChenJiaShun", "LNG加注是哪个城市的？", nextMsgId++).statusCode()).isEqualTo(200);
        wecom.next(SEND, WAIT);
        assertThat(sendText("ChenJiaShun", "后来成效如何？", nextMsgId++).statusCode()).isEqualTo(200);
        assertThat(wecom.next(SEND, WAIT).json().get("markdown").get("content").asText()).contains("10小时");
    }

    @Test
    void a_five_thousand_byte_answer_arrives_as_several_messages_under_2048_bytes_in_order() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.toString().getBytes(StandardCharsets.UTF_8).length < 5000; i++) {
            text.append("第").append(i).append("句：浦东新区推行的举措显著缩短了企业办事时间。").append(i % 9 == 8 ? "\n" : "");
        }
        String longAnswer = text.toString();
        BotConversations fake = new BotConversations((id, message) ->
                new ChatTurn("c-long", new Answer(longAnswer, List.of(), List.of(), false, "extractive", null), null), 10);
        start(settings(W1_TOKEN, W1_KEY, W1_CORP, 1000002), fake, Executors.newSingleThreadExecutor());
        assertThat(sendText("ChenJiaShun", "请详细介绍", nextMsgId++).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        List<String> contents = wecom.requests(SEND).stream().map(r -> r.json().get("markdown").get("content").asText()).toList();
        assertThat(contents.size()).isGreaterThanOrEqualTo(3);
        for (String c : contents) assertThat(c.getBytes(StandardCharsets.UTF_8).length).isLessThan(2048);
        assertThat(String.join("", contents)).isEqualTo(longAnswer);
    }

    @Test
    void a_message_encrypted_by_wxjava_is_accepted() throws Exception {
        start();
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setToken(W1_TOKEN);
        config.setAesKey(W1_KEY);
        config.setCorpId(W1_CORP);
        String envelope = new WxCpCryptUtil(config).encrypt("<xml><ToUserName><![CDATA[" + W1_CORP + "]]></ToUserName><FromUserName><![CDATA[WangWu]]>"
                + "</FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[知识产权证券化发行了多少单？]]>"
                + "</Content><MsgId>" + nextMsgId++ + "</MsgId><AgentID>1000002</AgentID></xml>");
        Map<String, String> f = WeComXml.fields(envelope);
        assertThat(post(query(f.get("MsgSignature"), f.get("TimeStamp"), f.get("Nonce")), envelope).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(wecom.requests(SEND)).singleElement()
                .satisfies(s -> assertThat(s.json().get("markdown").get("content").asText()).contains("93单"));
    }

    @Test
    void forged_tampered_or_malicious_callbacks_are_refused_and_nothing_is_sent() throws Exception {
        start(settings(W2_TOKEN, W2_KEY, W2_CORP, 218), new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM), Executors.newSingleThreadExecutor());
        String body = Fixtures.text("wecom/w2_post.xml");
        assertThat(post(query(W2_POST_SIGNATURE.replace('4', '5'), W2_POST_TIMESTAMP, W2_POST_NONCE), body).statusCode())
                .as("tampered signature").isEqualTo(401);
        assertThat(post(query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE), body.replace("RypEvHKD8QQ", "RypEvHKD8QR")).statusCode())
                .as("tampered ciphertext").isEqualTo(401);
        assertThat(post(query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE), "not xml").statusCode()).as("not XML").isEqualTo(400);
        assertThat(post(query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE), "<xml><ToUserName>x</ToUserName></xml>").statusCode())
                .as("no Encrypt").isEqualTo(400);
        Map<String, String> noSignature = query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE);
        noSignature.remove("msg_signature");
        assertThat(post(noSignature, body).statusCode()).as("no msg_signature").isEqualTo(400);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>";
        assertThat(post(query(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE), xxe).statusCode()).as("XXE").isEqualTo(400);
        // a correctly signed message whose plaintext carries an entity declaration
        String signedXxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>" + W2_CORP
                + "</ToUserName><FromUserName>evil</FromUserName><MsgType>text</MsgType><Content>&e;</Content><MsgId>1</MsgId></xml>";
        assertThat(deliver(signedXxe).statusCode()).as("signed XXE").isEqualTo(400);
        TestExecutors.drain(executor);
        assertThat(wecom.requests()).isEmpty();
    }

    @Test
    void a_message_for_another_corp_is_401() throws Exception {
        start();
        WeComCrypto other = new WeComCrypto(W1_TOKEN, W1_KEY, "wwOtherCorp");
        String encrypted = other.encrypt("<xml><MsgType>text</MsgType><FromUserName>u</FromUserName><Content>hi</Content><MsgId>5</MsgId></xml>");
        String body = "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>";
        assertThat(post(query(crypto.signature("1700000000", "n1", encrypted), "1700000000", "n1"), body).statusCode()).isEqualTo(401);
        TestExecutors.drain(executor);
        assertThat(wecom.requests()).isEmpty();
    }

    @Test
    void events_and_other_message_types_are_acknowledged_and_ignored() throws Exception {
        start();
        assertThat(deliver("<xml><ToUserName><![CDATA[" + W1_CORP + "]]></ToUserName><FromUserName><![CDATA[ChenJiaShun]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>"
                + "<AgentID>1000002</AgentID></xml>").statusCode()).isEqualTo(200);
        assertThat(deliver("<xml><ToUserName><![CDATA[" + W1_CORP + "]]></ToUserName><FromUserName><![CDATA[ChenJiaShun]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.png]]></PicUrl>"
                + "<MsgId>42</MsgId><AgentID>1000002</AgentID></xml>").statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(wecom.requests()).isEmpty();
    }

    @Test
    void a_member_who_asks_too_often_is_told_when_to_ask_again_and_another_member_is_not_held_back() throws Exception {
        start(settings(W1_TOKEN, W1_KEY, W1_CORP, 1000002),
                new BotConversations(answers, org.measuresqa.conversation.Caller.WECOM, new org.measuresqa.conversation.TurnLimiter(1)),
                Executors.newFixedThreadPool(2));
        assertThat(sendText("ChenJiaShun", "知识产权证券化发行了多少单？", nextMsgId++).statusCode()).isEqualTo(200);
        assertThat(sendText("ChenJiaShun", "知识产权证券化发行了多少单？", nextMsgId++).statusCode()).isEqualTo(200);
        assertThat(sendText("LiSi", "知识产权证券化发行了多少单？", nextMsgId++).statusCode()).isEqualTo(200);
        java.util.List<String> toChen = new java.util.ArrayList<>();
        java.util.List<String> toLi = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var send = wecom.next(SEND, WAIT).json();
            String content = send.get("markdown").get("content").asText();
            (send.get("touser").asText().equals("LiSi") ? toLi : toChen).add(content);
        }
        assertThat(toLi).singleElement().satisfies(c -> assertThat(c).contains("93单"));
        assertThat(toChen).hasSize(2).anySatisfy(c -> assertThat(c).contains("93单"))
                .anySatisfy(c -> assertThat(c).startsWith("提问太频繁了").contains("秒后再试"));
    }

    @Test
    void a_failure_inside_the_answer_job_is_answered_with_the_apology_and_the_next_question_goes_on() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        BotConversations failingOnce = new BotConversations((id, message) -> {
            if (calls.getAndIncrement() == 0) throw new IllegalStateException("the answerer broke");
            return new ChatTurn("c-ok", new Answer("第二个问题的回答", List.of(), List.of(), false, "extractive", null), null);
        }, 10);
        start(settings(W1_TOKEN, W1_KEY, W1_CORP, 1000002), failingOnce, Executors.newSingleThreadExecutor());
        assertThat(sendText("ChenJiaShun", "第一个问题", nextMsgId++).statusCode()).isEqualTo(200);
        assertThat(sendText("ChenJiaShun", "第二个问题", nextMsgId++).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(wecom.requests(SEND)).extracting(r -> r.json().get("markdown").get("content").asText())
                .containsExactly(org.measuresqa.bots.BotReplies.FAILED, "第二个问题的回答");
    }
}
