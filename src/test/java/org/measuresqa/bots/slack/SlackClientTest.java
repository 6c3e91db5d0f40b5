package org.measuresqa.bots.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.bots.FakeHttpApi;

/** chat.postMessage against a local fake Slack API; waits are recorded instead of slept. */
class SlackClientTest {

    private static final String PATH = "/api/chat.postMessage";
    private static final String OK = "{\"ok\":true,\"channel\":\"C123ABC456\",\"ts\":\"1503435956.000247\"}";

    private FakeHttpApi slack;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private SlackClient client;

    @BeforeEach
    void start() {
        slack = FakeHttpApi.start().respond(PATH, OK);
        SlackSettings settings = new SlackSettings("secret", "xoxb-test-token", slack.baseUrl() + "/api", null);
        client = new SlackClient(settings, HttpClient.newHttpClient(), waits::add);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void a_message_is_posted_as_json_into_the_thread_with_the_bot_token() {
        assertThat(client.postMessage("C123ABC456", "1515449522.000016", "发行了*93单*")).isTrue();
        FakeHttpApi.Request r = slack.requests(PATH).get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Authorization")).isEqualTo("Bearer xoxb-test-token");
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.json().get("channel").asText()).isEqualTo("C123ABC456");
        assertThat(r.json().get("thread_ts").asText()).isEqualTo("1515449522.000016");
        assertThat(r.json().get("text").asText()).isEqualTo("发行了*93单*");
    }

    @Test
    void an_ok_false_error_is_reported_and_not_retried() {
        slack.respond(PATH, "{\"ok\":false,\"error\":\"channel_not_found\"}");
        assertThat(client.postMessage("C404", null, "x")).isFalse();
        assertThat(slack.requests(PATH)).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void http_429_is_waited_out_for_retry_after_seconds_and_retried() {
        slack.respondOnce(PATH, 429, "", Map.of("Retry-After", "7"));
        assertThat(client.postMessage("C123ABC456", "1.2", "x")).isTrue();
        assertThat(slack.requests(PATH)).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a_ratelimited_error_is_retried_too() {
        slack.respondOnce(PATH, 200, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of());
        assertThat(client.postMessage("C123ABC456", "1.2", "x")).isTrue();
        assertThat(slack.requests(PATH)).hasSize(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void rate_limiting_is_waited_out_as_long_as_slack_asks_and_given_up_only_past_the_patience() {
        slack.respondOnce(PATH, 429, "", Map.of("Retry-After", "20"));
        slack.respondOnce(PATH, 429, "", Map.of("Retry-After", "40"));
        slack.respondOnce(PATH, 200, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "60"));
        assertThat(client.postMessage("C123ABC456", "1.2", "x")).as("late, not lost").isTrue();
        assertThat(slack.requests(PATH)).hasSize(4);
        assertThat(waits).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(60));

        waits.clear();
        slack.respond(PATH, 429, "", Map.of("Retry-After", "240"));
        // another channel: the first is paused for the last Retry-After, which this client's pacer waits out for real
        assertThat(client.postMessage("C999OTHER", "1.2", "x")).isFalse();
        assertThat(waits).as("two waits fit in the patience, a third would not").containsExactly(Duration.ofSeconds(240), Duration.ofSeconds(240));
    }

    @Test
    void a_server_error_or_an_unreachable_api_fails_without_retrying() {
        slack.respond(PATH, 500, "oops", Map.of());
        assertThat(client.postMessage("C123ABC456", "1.2", "x")).isFalse();
        assertThat(slack.requests(PATH)).hasSize(1);
        slack.close();
        assertThat(client.postMessage("C123ABC456", "1.2", "x")).isFalse();
    }

    @Test
    void the_pieces_of_a_long_answer_are_posted_a_second_apart_in_one_channel_and_none_is_lost() {
        List<Duration> paced = new CopyOnWriteArrayList<>();
        SlackClient pacedClient = pacedClient(paced);
        for (String piece : List.of("一", "二", "三")) assertThat(pacedClient.postMessage("C1", "1.0", piece)).isTrue();
        assertThat(pacedClient.postMessage("C2", "2.0", "别处")).isTrue();
        assertThat(slack.requests(PATH)).extracting(r -> r.json().get("text").asText()).containsExactly("一", "二", "三", "别处");
        assertThat(paced).as("each later piece in C1 waited its second; C2 did not wait").containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(waits).as("nothing was rate limited").isEmpty();
    }

    @Test
    void after_slack_rate_limits_a_channel_its_next_message_waits_out_the_same_retry_after() {
        List<Duration> paced = new CopyOnWriteArrayList<>();
        SlackClient pacedClient = pacedClient(paced);
        slack.respondOnce(PATH, 429, "", Map.of("Retry-After", "7"));
        // the retry's own wait is recorded but, like a real sleep elsewhere, does not move this clock
        assertThat(pacedClient.postMessage("C1", "1.0", "一")).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(pacedClient.postMessage("C1", "1.0", "二")).isTrue();
        assertThat(paced).as("the next piece waited for Slack's seven seconds").containsExactly(Duration.ofSeconds(7));
        assertThat(slack.requests(PATH)).hasSize(3);
    }

    /** A client whose pacing waits are recorded in {@code paced} and move a clock of their own, instead of sleeping. */
    private SlackClient pacedClient(List<Duration> paced) {
        org.measuresqa.bots.MovableClock clock = new org.measuresqa.bots.MovableClock();
        SlackSettings settings = new SlackSettings("secret", "xoxb-test-token", slack.baseUrl() + "/api", null);
        return new SlackClient(settings, HttpClient.newHttpClient(), waits::add, org.measuresqa.bots.SendPacer.slack(clock, d -> {
            paced.add(d);
            clock.advance(d);
        }));
    }
}
