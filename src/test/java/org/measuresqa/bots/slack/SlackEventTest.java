package org.measuresqa.bots.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.measuresqa.bots.Fixtures;

class SlackEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SlackEvent mention(String text) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.text("slack/app_mention.json"));
        ((ObjectNode) root.get("event")).put("text", text);
        return SlackEvent.of(root);
    }

    @Test
    void the_leading_mention_is_stripped_and_slack_escapes_are_undone() throws Exception {
        assertThat(mention("<@U0LAN0Z89> 知识产权证券化发行了多少单？").question()).isEqualTo("知识产权证券化发行了多少单？");
        assertThat(mention("<@U0LAN0Z89|qa>：R&amp;D &lt;投入&gt;呢").question()).isEqualTo("R&D <投入>呢");
        assertThat(mention("请问 <@U0LAN0Z89> 厦门有哪些举措").question()).isEqualTo("请问 厦门有哪些举措");
        assertThat(mention("<@U0LAN0Z89>").question()).isEmpty();
    }

    @Test
    void the_envelope_gives_the_thread_the_place_and_the_bot_user() throws Exception {
        SlackEvent e = mention("<@U0LAN0Z89> hi");
        assertThat(e.eventId()).isEqualTo("Ev0PV52K21");
        assertThat(e.botUserIds()).containsExactly("U0LAN0Z89");
        assertThat(e.threadRoot()).isEqualTo("1515449522.000016");
        assertThat(e.placeKey()).isEqualTo("slack:T123ABC456:C123ABC456:1515449522.000016");
        assertThat(e.ignoreReason()).isNull();
    }

    @Test
    void a_reply_in_a_thread_belongs_to_the_thread_of_its_parent() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.text("slack/app_mention.json"));
        ((ObjectNode) root.get("event")).put("ts", "1515449600.000100").put("thread_ts", "1515449522.000016");
        SlackEvent e = SlackEvent.of(root);
        assertThat(e.threadRoot()).isEqualTo("1515449522.000016");
        assertThat(e.placeKey()).endsWith(":1515449522.000016");
    }

    @Test
    void bot_messages_subtypes_and_the_bots_own_words_are_not_questions() throws Exception {
        assertThat(SlackEvent.of(JSON.readTree(Fixtures.text("slack/bot_message_im.json"))).ignoreReason()).isEqualTo("a bot message");
        ObjectNode own = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_im.json"));
        ((ObjectNode) own.get("event")).put("user", "U0LAN0Z89");
        assertThat(SlackEvent.of(own).ignoreReason()).isEqualTo("the bot's own message");
        ObjectNode joined = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_im.json"));
        ((ObjectNode) joined.get("event")).put("subtype", "channel_join");
        assertThat(SlackEvent.of(joined).ignoreReason()).isEqualTo("a message subtype");
        assertThat(SlackEvent.of(JSON.readTree(Fixtures.text("slack/message_im.json"))).ignoreReason()).isNull();
    }

    @Test
    void direct_messages_in_one_channel_are_one_conversation_whatever_their_ts() throws Exception {
        ObjectNode first = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_im.json"));
        ObjectNode second = first.deepCopy();
        ((ObjectNode) second.get("event")).put("ts", "1999999999.000200");
        assertThat(SlackEvent.of(first).placeKey()).isEqualTo(SlackEvent.of(second).placeKey()).endsWith(":dm");
        assertThat(SlackEvent.of(first).threadRoot()).isNotEqualTo(SlackEvent.of(second).threadRoot());
    }
}
