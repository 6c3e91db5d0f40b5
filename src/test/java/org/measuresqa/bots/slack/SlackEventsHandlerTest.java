package org.measuresqa.bots.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.bots.BotConversations;
import org.measuresqa.bots.FakeHttpApi;
import org.measuresqa.bots.Fixtures;
import org.measuresqa.bots.TestExecutors;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.support.TestIndex;

/**
 * POST /slack/events on a real Javalin server, with the real index and extractive answers, replying to a local fake
 * Slack Web API. Requests are signed at the current time with the Slack SDK's own generator.
 */
class SlackEventsHandlerTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TOKEN = "xoxb-17-test-token";
    private static final String POST_MESSAGE = "/api/chat.postMessage";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    private static ConversationService answers;

    private FakeHttpApi slack;
    private ExecutorService executor;
    private SlackEventsHandler handler;
    private Javalin server;
    private BotConversations conversations;

    @BeforeAll
    static void index() {
        answers = TestIndex.answerService(dir.resolve("c.db"));
        TestIndex.store();
    }

    @BeforeEach
    void fakeSlack() {
        slack = FakeHttpApi.start().respond(POST_MESSAGE, "{\"ok\":true,\"channel\":\"C123ABC456\",\"ts\":\"1503435956.000247\"}");
    }

    private void start(ExecutorService executor, Clock clock) {
        start(executor, clock, org.measuresqa.bots.KeyedWork.DEFAULT_MAX_QUEUED);
    }

    private void start(ExecutorService executor, Clock clock, int maxQueued) {
        start(executor, clock, maxQueued, org.measuresqa.conversation.TurnLimiter.off());
    }

    private void start(ExecutorService executor, Clock clock, int maxQueued, org.measuresqa.conversation.TurnLimiter limiter) {
        start(executor, clock, maxQueued, new BotConversations(answers, org.measuresqa.conversation.Caller.SLACK, limiter));
    }

    private void start(ExecutorService executor, Clock clock, int maxQueued, BotConversations conversations) {
        this.executor = executor;
        this.conversations = conversations;
        SlackSettings settings = new SlackSettings(SECRET, TOKEN, slack.baseUrl() + "/api", null);
        handler = new SlackEventsHandler(settings, conversations, new SlackClient(settings), executor, clock, maxQueued);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/slack/events", handler::handle);
        }).start("127.0.0.1", 0);
    }

    private void start() {
        start(Executors.newFixedThreadPool(2), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (handler != null) handler.close();
        slack.close();
    }

    private HttpResponse<String> deliver(byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signed now, as Slack would. */
    private HttpResponse<String> deliver(String body, String... extraHeaders) throws Exception {
        return deliver(body.getBytes(StandardCharsets.UTF_8), signed(body, Instant.now().getEpochSecond(), extraHeaders));
    }

    private static Map<String, String> signed(String body, long timestamp, String... extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        headers.put("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(String.valueOf(timestamp), body));
        for (int i = 0; i < extraHeaders.length; i += 2) headers.put(extraHeaders[i], extraHeaders[i + 1]);
        return headers;
    }

    /** The app_mention fixture with another event id, text, ts and thread. */
    private static String mention(String eventId, String text, String ts, String threadTs) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.text("slack/app_mention.json"));
        root.put("event_id", eventId);
        ObjectNode event = (ObjectNode) root.get("event");
        event.put("text", "<@U0LAN0Z89> " + text).put("ts", ts).put("event_ts", ts);
        if (threadTs != null) event.put("thread_ts", threadTs);
        return root.toString();
    }

    @Test
    void url_verification_is_answered_with_the_challenge_as_plain_text() throws Exception {
        start(Executors.newSingleThreadExecutor(), Clock.fixed(Instant.ofEpochSecond(1531420618 + 60), ZoneOffset.UTC));
        HttpResponse<String> r = deliver(Fixtures.bytes("slack/url_verification.json"), Map.of("X-Slack-Request-Timestamp", "1531420618",
                "X-Slack-Signature", "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void forged_stale_future_or_unsigned_requests_are_401_and_nothing_is_answered() throws Exception {
        start();
        String body = Fixtures.text("slack/app_mention.json");
        long now = Instant.now().getEpochSecond();
        Map<String, String> good = signed(body, now);
        String mutated = body.replace("知识产权", "知识产杈");
        Map<String, Map.Entry<String, Map<String, String>>> cases = new LinkedHashMap<>();
        cases.put("mutated body", Map.entry(mutated, good));
        cases.put("stale timestamp", Map.entry(body, signed(body, now - 3600))); // the 300 s edge: SlackSignatureVerifierTest, on a fixed clock
        cases.put("future timestamp", Map.entry(body, signed(body, now + 3600)));
        cases.put("wrong secret", Map.entry(body, Map.of("X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", new SlackSignature.Generator(SECRET + "x").generate(String.valueOf(now), body))));
        cases.put("no signature", Map.entry(body, Map.of("X-Slack-Request-Timestamp", String.valueOf(now))));
        cases.put("no timestamp", Map.entry(body, Map.of("X-Slack-Signature", good.get("X-Slack-Signature"))));
        cases.put("no headers", Map.entry(body, Map.of()));
        cases.put("unsigned url_verification", Map.entry(Fixtures.text("slack/url_verification.json"), Map.of()));
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = deliver(c.getValue().getKey().getBytes(StandardCharsets.UTF_8), c.getValue().getValue());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(401);
            assertThat(r.body()).as(c.getKey()).doesNotContain("3eZbrw1a");
        }
        TestExecutors.drain(executor);
        assertThat(slack.requests()).isEmpty();
    }

    @Test
    void a_signed_body_that_is_not_json_is_400_and_asks_slack_not_to_retry() throws Exception {
        start();
        HttpResponse<String> r = deliver("{not json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("X-Slack-No-Retry")).hasValue("1");
    }

    @Test
    void an_app_mention_gets_exactly_one_reply_in_its_thread_with_the_bot_token() throws Exception {
        start();
        HttpResponse<String> r = deliver(Fixtures.text("slack/app_mention.json"));
        assertThat(r.statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests(POST_MESSAGE)).hasSize(1);
        FakeHttpApi.Request reply = slack.requests(POST_MESSAGE).get(0);
        assertThat(reply.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(reply.json().get("channel").asText()).isEqualTo("C123ABC456");
        assertThat(reply.json().get("thread_ts").asText()).isEqualTo("1515449522.000016");
        assertThat(reply.json().get("text").asText()).contains("93单").contains("[8]").contains("打造知识产权证券化特色品牌").doesNotContain("<@U0LAN0Z89>");
    }

    @Test
    void the_event_is_acknowledged_before_it_is_answered() throws Exception {
        TestExecutors.Gated gated = TestExecutors.gated();
        start(gated.executor, Clock.systemUTC());
        HttpResponse<String> r = deliver(Fixtures.text("slack/app_mention.json"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(slack.requests()).as("nothing is answered while the executor is held").isEmpty();
        gated.release();
        assertThat(slack.next(POST_MESSAGE, WAIT).json().get("text").asText()).contains("93单");
    }

    @Test
    void the_same_event_delivered_three_times_including_retries_is_answered_once() throws Exception {
        start();
        String body = Fixtures.text("slack/app_mention.json");
        assertThat(deliver(body).statusCode()).isEqualTo(200);
        assertThat(deliver(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode()).isEqualTo(200);
        assertThat(deliver(body, "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout").statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests(POST_MESSAGE)).hasSize(1);
    }

    @Test
    void the_same_message_under_another_event_id_is_answered_once() throws Exception {
        start();
        assertThat(deliver(mention("Ev1", "知识产权证券化发行了多少单？", "1600000000.000100", null)).statusCode()).isEqualTo(200);
        assertThat(deliver(mention("Ev2", "知识产权证券化发行了多少单？", "1600000000.000100", null)).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests(POST_MESSAGE)).hasSize(1);
    }

    @Test
    void bot_messages_subtypes_the_bots_own_messages_and_plain_channel_messages_are_not_answered() throws Exception {
        start();
        assertThat(deliver(Fixtures.text("slack/bot_message_im.json")).statusCode()).isEqualTo(200);
        ObjectNode own = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_im.json"));
        ((ObjectNode) own.get("event")).put("user", "U0LAN0Z89");
        own.put("event_id", "EvOwn");
        assertThat(deliver(own.toString()).statusCode()).isEqualTo(200);
        ObjectNode edited = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_im.json"));
        ((ObjectNode) edited.get("event")).put("subtype", "message_changed");
        edited.put("event_id", "EvEdit");
        assertThat(deliver(edited.toString()).statusCode()).isEqualTo(200);
        ObjectNode channel = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_im.json"));
        ((ObjectNode) channel.get("event")).put("channel_type", "channel").put("channel", "C123ABC456");
        channel.put("event_id", "EvChannel");
        assertThat(deliver(channel.toString()).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests()).isEmpty();
    }

    @Test
    void a_direct_message_is_answered_in_a_thread_under_it() throws Exception {
        start();
        assertThat(deliver(Fixtures.text("slack/message_im.json")).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        List<FakeHttpApi.Request> replies = slack.requests(POST_MESSAGE);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).json().get("channel").asText()).isEqualTo("D024BE91L");
        assertThat(replies.get(0).json().get("thread_ts").asText()).isEqualTo("1355517523.000005");
        assertThat(replies.get(0).json().get("text").asText()).contains("93单");
    }

    @Test
    void a_follow_up_in_the_same_thread_continues_the_conversation() throws Exception {
        start();
        assertThat(deliver(mention("EvA", "LNG加注是哪个城市的？", "1700000000.000100", null)).statusCode()).isEqualTo(200);
        FakeHttpApi.Request first = slack.next(POST_MESSAGE, WAIT);
        assertThat(first.json().get("thread_ts").asText()).isEqualTo("1700000000.000100");
        assertThat(deliver(mention("EvB", "后来成效如何？", "1700000000.000200", "1700000000.000100")).statusCode()).isEqualTo(200);
        assertFollowUpAnsweredIn("1700000000.000100");
    }

    @Test
    void an_empty_mention_gets_a_hint_instead_of_an_answer() throws Exception {
        start();
        assertThat(deliver(mention("EvEmpty", "", "1700000001.000100", null)).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests(POST_MESSAGE)).singleElement()
                .satisfies(r -> assertThat(r.json().get("text").asText()).isEqualTo(org.measuresqa.bots.BotReplies.HINT));
    }

    @Test
    void when_the_answer_queues_are_full_the_user_is_told_at_once_and_the_queued_question_is_still_answered() throws Exception {
        TestExecutors.Gated gated = TestExecutors.gated();
        start(gated.executor, Clock.systemUTC(), 1);
        assertThat(deliver(mention("EvFirst", "知识产权证券化发行了多少单？", "1700000010.000100", null)).statusCode()).isEqualTo(200);
        assertThat(deliver(mention("EvSecond", "知识产权证券化发行了多少单？", "1700000020.000100", null)).statusCode()).isEqualTo(200);
        var first = slack.next(POST_MESSAGE, WAIT);
        assertThat(first.json().get("text").asText()).isEqualTo(org.measuresqa.bots.BotReplies.BUSY);
        assertThat(first.json().get("thread_ts").asText()).isEqualTo("1700000020.000100");
        gated.release();
        var answer = slack.next(POST_MESSAGE, WAIT);
        assertThat(answer.json().get("thread_ts").asText()).isEqualTo("1700000010.000100");
        assertThat(answer.json().get("text").asText()).contains("93单");
    }

    @Test
    void a_user_who_asks_too_often_is_told_when_to_ask_again_and_is_not_answered() throws Exception {
        start(Executors.newFixedThreadPool(2), Clock.systemUTC(), org.measuresqa.bots.KeyedWork.DEFAULT_MAX_QUEUED,
                new org.measuresqa.conversation.TurnLimiter(1));
        assertThat(deliver(mention("EvRate1", "知识产权证券化发行了多少单？", "1700000030.000100", null)).statusCode()).isEqualTo(200);
        assertThat(deliver(mention("EvRate2", "知识产权证券化发行了多少单？", "1700000040.000100", null)).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        var byThread = new java.util.HashMap<String, String>();
        for (int i = 0; i < 2; i++) {
            var posted = slack.next(POST_MESSAGE, WAIT).json();
            byThread.put(posted.get("thread_ts").asText(), posted.get("text").asText());
        }
        assertThat(byThread.get("1700000030.000100")).contains("93单");
        assertThat(byThread.get("1700000040.000100")).startsWith("提问太频繁了").contains("秒后再试");
    }

    /** A message in a channel thread as message.channels delivers it: no mention of the bot. */
    private static String threadReply(String eventId, String text, String ts, String threadTs) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_channel_reply.json"));
        root.put("event_id", eventId);
        ObjectNode event = (ObjectNode) root.get("event");
        event.put("text", text).put("ts", ts).put("event_ts", ts);
        if (threadTs == null) event.remove("thread_ts");
        else event.put("thread_ts", threadTs);
        return root.toString();
    }

    private static final String PLACE = "slack:T123ABC456:C123ABC456:";

    @Test
    void a_reply_without_a_mention_in_a_thread_the_bot_answered_is_answered_there_in_the_same_conversation() throws Exception {
        start();
        assertThat(deliver(mention("EvT1", "LNG加注是哪个城市的？", "1700000100.000100", null)).statusCode()).isEqualTo(200);
        assertThat(slack.next(POST_MESSAGE, WAIT).json().get("thread_ts").asText()).isEqualTo("1700000100.000100");
        String conversation = conversations.conversationId(PLACE + "1700000100.000100").orElseThrow();
        assertThat(deliver(threadReply("EvT2", "后来成效如何？", "1700000100.000200", "1700000100.000100")).statusCode()).isEqualTo(200);
        assertThat(assertFollowUpAnsweredIn("1700000100.000100").json().get("channel").asText()).isEqualTo("C123ABC456");
        assertThat(conversations.conversationId(PLACE + "1700000100.000100")).contains(conversation);
    }

    @Test
    void chatter_other_threads_edits_joins_and_bot_posts_get_nothing_and_leave_nothing_behind() throws Exception {
        start();
        assertThat(deliver(mention("EvC1", "LNG加注是哪个城市的？", "1700000200.000100", null)).statusCode()).isEqualTo(200);
        slack.next(POST_MESSAGE, WAIT);
        String[] ignored = {
                threadReply("EvC2", "今天午饭吃什么？", "1700000200.000300", null),
                threadReply("EvC3", "后来成效如何？", "1700000300.000200", "1700000300.000100"),
                edited(threadReply("EvC4", "后来成效如何？", "1700000200.000400", "1700000200.000100"), "message_changed"),
                edited(threadReply("EvC5", "加入了频道", "1700000200.000500", "1700000200.000100"), "channel_join"),
                fromBot(threadReply("EvC6", "答案", "1700000200.000600", "1700000200.000100")),
        };
        for (String body : ignored) assertThat(deliver(body).statusCode()).isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests(POST_MESSAGE)).as("only the answer to the mention").hasSize(1);
        assertThat(conversations.conversationId(PLACE + "1700000300.000100")).as("no conversation for another thread").isEmpty();
    }

    @Test
    void an_ignored_reply_is_not_remembered_so_a_mention_of_the_same_message_is_still_answered() throws Exception {
        start();
        // message.channels may deliver the plain message before app_mention delivers the same one
        assertThat(deliver(threadReply("EvM1", "<@U999> 知识产权证券化发行了多少单？", "1700000400.000200", "1700000400.000100")).statusCode())
                .isEqualTo(200);
        assertThat(deliver(mention("EvM2", "知识产权证券化发行了多少单？", "1700000400.000200", "1700000400.000100")).statusCode())
                .isEqualTo(200);
        FakeHttpApi.Request reply = slack.next(POST_MESSAGE, WAIT);
        assertThat(reply.json().get("thread_ts").asText()).isEqualTo("1700000400.000100");
        assertThat(reply.json().get("text").asText()).contains("93单");
        // and the bot is now in that thread: the message.channels copy of a later mention is left to its app_mention
        assertThat(deliver(threadReply("EvM3", "<@U0LAN0Z89> 后来成效如何？", "1700000400.000300", "1700000400.000100")).statusCode())
                .isEqualTo(200);
        TestExecutors.drain(executor);
        assertThat(slack.requests(POST_MESSAGE)).hasSize(1);
    }

    @Test
    void a_thread_the_bot_answered_before_a_restart_is_followed_with_its_earlier_turns_after_it() throws Exception {
        Path state = dir.resolve("restart-" + System.nanoTime() + ".db");
        org.measuresqa.storage.SqliteDatabase before = org.measuresqa.storage.SqliteDatabase.open(state);
        start(Executors.newFixedThreadPool(2), Clock.systemUTC(), org.measuresqa.bots.KeyedWork.DEFAULT_MAX_QUEUED,
                new BotConversations(answers, org.measuresqa.conversation.Caller.SLACK, org.measuresqa.conversation.TurnLimiter.off(),
                        new org.measuresqa.bots.StoredBotState(before, Duration.ofMinutes(10), Clock.systemUTC())));
        assertThat(deliver(mention("EvR1", "LNG加注是哪个城市的？", "1700000500.000100", null)).statusCode()).isEqualTo(200);
        slack.next(POST_MESSAGE, WAIT);
        String conversation = conversations.conversationId(PLACE + "1700000500.000100").orElseThrow();
        server.stop();
        handler.close();
        before.close();
        // a new process in all but name: the handler, its conversations and its state reopened from the file
        try (org.measuresqa.storage.SqliteDatabase after = org.measuresqa.storage.SqliteDatabase.open(state)) {
            start(Executors.newFixedThreadPool(2), Clock.systemUTC(), org.measuresqa.bots.KeyedWork.DEFAULT_MAX_QUEUED,
                    new BotConversations(answers, org.measuresqa.conversation.Caller.SLACK, org.measuresqa.conversation.TurnLimiter.off(),
                            new org.measuresqa.bots.StoredBotState(after, Duration.ofMinutes(10), Clock.systemUTC())));
            assertThat(deliver(threadReply("EvR2", "后来成效如何？", "1700000500.000200", "1700000500.000100")).statusCode()).isEqualTo(200);
            assertFollowUpAnsweredIn("1700000500.000100");
            assertThat(conversations.conversationId(PLACE + "1700000500.000100")).contains(conversation);
            assertThat(answers.messages(org.measuresqa.conversation.Caller.bot(org.measuresqa.conversation.Caller.SLACK), conversation))
                    .hasSize(4);
        }
    }

    @Test
    void a_reply_sent_while_the_first_answer_is_still_being_written_is_answered_after_it() throws Exception {
        TestExecutors.Gated gated = TestExecutors.gated();
        start(gated.executor, Clock.systemUTC());
        assertThat(deliver(mention("EvQ1", "LNG加注是哪个城市的？", "1700000600.000100", null)).statusCode()).isEqualTo(200);
        assertThat(deliver(threadReply("EvQ2", "后来成效如何？", "1700000600.000200", "1700000600.000100")).statusCode()).isEqualTo(200);
        gated.release();
        slack.next(POST_MESSAGE, WAIT);
        assertFollowUpAnsweredIn("1700000600.000100");
    }

    @Test
    void a_reply_also_sent_to_the_channel_is_answered_in_the_thread() throws Exception {
        start();
        assertThat(deliver(mention("EvB1", "LNG加注是哪个城市的？", "1700000700.000100", null)).statusCode()).isEqualTo(200);
        slack.next(POST_MESSAGE, WAIT);
        assertThat(deliver(edited(threadReply("EvB2", "后来成效如何？", "1700000700.000200", "1700000700.000100"), "thread_broadcast"))
                .statusCode()).isEqualTo(200);
        assertFollowUpAnsweredIn("1700000700.000100");
    }

    /** The next post is the answer to "后来成效如何？" after the LNG question, in the thread of {@code threadTs}. */
    private FakeHttpApi.Request assertFollowUpAnsweredIn(String threadTs) throws InterruptedException {
        FakeHttpApi.Request reply = slack.next(POST_MESSAGE, WAIT);
        assertThat(reply.json().get("thread_ts").asText()).isEqualTo(threadTs);
        // the follow-up names no measure: only the earlier turn of the thread leads to this answer
        assertThat(reply.json().get("text").asText()).contains("10小时");
        return reply;
    }

    private static String edited(String body, String subtype) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) root.get("event")).put("subtype", subtype);
        return root.toString();
    }

    private static String fromBot(String body) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) root.get("event")).put("bot_id", "B0LAN0Z89").put("user", "U0LAN0Z89");
        return root.toString();
    }
}
