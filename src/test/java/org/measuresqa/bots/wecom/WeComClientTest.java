package org.measuresqa.bots.wecom;

import org.measuresqa.bots.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.bots.FakeHttpApi;

/** gettoken and message/send against a local fake WeCom API. */
class WeComClientTest {

    static final String GETTOKEN = "/cgi-bin/gettoken";
    static final String SEND = "/cgi-bin/message/send";
    static final String SENT = "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"invalidparty\":\"\",\"invalidtag\":\"\",\"unlicenseduser\":\"\",\"msgid\":\"m1\",\"response_code\":\"r1\"}";

    static String token(String value) {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + value + "\",\"expires_in\":7200}";
    }

    private FakeHttpApi wecom;
    private final MovableClock clock = new MovableClock();
    private WeComClient client;

    @BeforeEach
    void start() {
        wecom = FakeHttpApi.start().respond(GETTOKEN, token("accesstoken000001")).respond(SEND, SENT);
        WeComSettings settings = new WeComSettings("ww1436e0e65a779aee", "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
                "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", 1000002, "app-secret", wecom.baseUrl() + "/cgi-bin", null);
        client = new WeComClient(settings, HttpClient.newHttpClient(), clock);
    }

    @AfterEach
    void stop() {
        wecom.close();
    }

    @Test
    void a_markdown_message_is_sent_to_the_member_with_the_agent_id_and_a_fetched_token() {
        client.sendMarkdown("ChenJiaShun", "发行了**93单**[8]");
        FakeHttpApi.Request get = wecom.requests(GETTOKEN).get(0);
        assertThat(get.query()).containsEntry("corpid", "ww1436e0e65a779aee").containsEntry("corpsecret", "app-secret");
        FakeHttpApi.Request send = wecom.requests(SEND).get(0);
        assertThat(send.query()).containsEntry("access_token", "accesstoken000001");
        assertThat(send.json().get("touser").asText()).isEqualTo("ChenJiaShun");
        assertThat(send.json().get("msgtype").asText()).isEqualTo("markdown");
        assertThat(send.json().get("agentid").asInt()).isEqualTo(1000002);
        assertThat(send.json().get("markdown").get("content").asText()).isEqualTo("发行了**93单**[8]");
    }

    @Test
    void the_token_is_cached_until_five_minutes_before_it_expires() {
        client.sendMarkdown("u", "1");
        clock.advance(Duration.ofSeconds(7200 - 300 - 1));
        client.sendMarkdown("u", "2");
        assertThat(wecom.requests(GETTOKEN)).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        client.sendMarkdown("u", "3");
        assertThat(wecom.requests(GETTOKEN)).hasSize(2);
    }

    @Test
    void an_expired_token_is_refreshed_and_the_send_retried_once() {
        wecom.respondOnce(GETTOKEN, 200, token("accesstoken000001"), Map.of()).respond(GETTOKEN, token("accesstoken000002"));
        wecom.respondOnce(SEND, 200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}", Map.of());
        client.sendMarkdown("u", "x");
        assertThat(wecom.requests(GETTOKEN)).hasSize(2);
        assertThat(wecom.requests(SEND)).extracting(r -> r.query().get("access_token")).containsExactly("accesstoken000001", "accesstoken000002");
    }

    @Test
    void a_token_refused_twice_is_an_error_not_a_loop() {
        wecom.respond(SEND, "{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}");
        assertThatThrownBy(() -> client.sendMarkdown("u", "x")).isInstanceOf(WeComApiException.class)
                .extracting(e -> ((WeComApiException) e).errcode()).isEqualTo(40014);
        assertThat(wecom.requests(SEND)).hasSize(2);
    }

    @Test
    void other_errors_are_reported_without_the_secret_or_token() {
        wecom.respond(SEND, "{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");
        assertThatThrownBy(() -> client.sendMarkdown("u", "x")).isInstanceOf(WeComApiException.class)
                .hasMessageContaining("81013").hasMessageNotContaining("accesstoken000001");
        assertThat(wecom.requests(SEND)).hasSize(1);

        wecom.respond(GETTOKEN, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> client.sendMarkdown("u", "x")).isInstanceOf(WeComApiException.class)
                .hasMessageContaining("gettoken").hasMessageNotContaining("app-secret");
    }

    @Test
    void content_over_2048_bytes_is_refused_before_sending() {
        assertThatThrownBy(() -> client.sendMarkdown("u", "中".repeat(683))).isInstanceOf(IllegalArgumentException.class);
        assertThat(wecom.requests()).isEmpty();
    }

    @Test
    void a_member_sent_more_than_thirty_messages_gets_every_one_the_thirty_first_a_minute_after_the_first() {
        java.util.List<Duration> waits = new java.util.ArrayList<>();
        WeComClient paced = pacedClient(waits);
        for (int i = 1; i <= 32; i++) paced.sendMarkdown("ChenJiaShun", "第" + i + "段");
        assertThat(wecom.requests(SEND)).hasSize(32);
        assertThat(wecom.requests(SEND).get(31).json().get("markdown").get("content").asText()).isEqualTo("第32段");
        assertThat(waits).as("the 31st waited for the minute; the 32nd went with it").containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void a_notice_to_a_member_at_the_limit_is_left_out_at_once_and_goes_again_when_the_minute_has_passed() {
        java.util.List<Duration> waits = new java.util.ArrayList<>();
        WeComClient paced = pacedClient(waits);
        for (int i = 1; i <= 30; i++) paced.sendMarkdown("ChenJiaShun", "第" + i + "段");
        assertThat(paced.sendNotice("ChenJiaShun", "请稍后再问")).isFalse();
        assertThat(paced.sendNotice("LiSi", "请稍后再问")).as("another member").isTrue();
        assertThat(waits).as("nothing waited").isEmpty();
        assertThat(wecom.requests(SEND)).hasSize(31);
        clock.advance(Duration.ofMinutes(1));
        assertThat(paced.sendNotice("ChenJiaShun", "请稍后再问")).isTrue();
        assertThat(wecom.requests(SEND)).hasSize(32);
        assertThat(wecom.requests(SEND).get(31).json().get("touser").asText()).isEqualTo("ChenJiaShun");
    }

    /** A client whose pacing waits are recorded in {@code waits} and move the test's clock instead of sleeping. */
    private WeComClient pacedClient(java.util.List<Duration> waits) {
        WeComSettings settings = new WeComSettings("ww1436e0e65a779aee", "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
                "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", 1000002, "app-secret", wecom.baseUrl() + "/cgi-bin", null);
        return new WeComClient(settings, HttpClient.newHttpClient(), clock, org.measuresqa.bots.SendPacer.wecom(clock, d -> {
            waits.add(d);
            clock.advance(d);
        }));
    }
}
