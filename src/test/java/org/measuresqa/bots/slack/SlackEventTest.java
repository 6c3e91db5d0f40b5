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

    private static SlackEvent reply(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.text("slack/message_channel_reply.json"));
        change.accept((ObjectNode) root.get("event"));
        return SlackEvent.of(root);
    }

    @Test
    void a_reply_in_a_channel_or_private_channel_thread_is_a_thread_reply_of_its_parents_place() throws Exception {
        SlackEvent e = reply(ev -> { });
        assertThat(e.ignoreReason()).isNull();
        assertThat(e.isThreadReply()).isTrue();
        assertThat(e.placeKey()).isEqualTo(mention("<@U0LAN0Z89> hi").placeKey());
        assertThat(e.question()).isEqualTo("后来成效如何？");
        SlackEvent privateChannel = reply(ev -> ev.put("channel_type", "group").put("channel", "G123ABC456"));
        assertThat(privateChannel.ignoreReason()).isNull();
        assertThat(privateChannel.isThreadReply()).isTrue();
        SlackEvent broadcast = reply(ev -> ev.put("subtype", "thread_broadcast"));
        assertThat(broadcast.ignoreReason()).as("a reply also sent to the channel is still a reply").isNull();
        // mentions and direct messages are no thread replies: they are answered whatever the thread
        assertThat(mention("<@U0LAN0Z89> hi").isThreadReply()).isFalse();
        assertThat(SlackEvent.of(JSON.readTree(Fixtures.text("slack/message_im.json"))).isThreadReply()).isFalse();
    }

    @Test
    void channel_chatter_thread_parents_edits_joins_mentions_and_group_dms_are_not_thread_questions() throws Exception {
        assertThat(reply(ev -> ev.remove("thread_ts")).ignoreReason()).isEqualTo("a channel message outside a thread");
        assertThat(reply(ev -> ev.put("ts", "1515449522.000016")).ignoreReason()).as("the thread's own first message")
                .isEqualTo("a channel message outside a thread");
        assertThat(reply(ev -> ev.put("subtype", "message_changed")).ignoreReason()).isEqualTo("a message subtype");
        assertThat(reply(ev -> ev.put("subtype", "channel_join")).ignoreReason()).isEqualTo("a message subtype");
        assertThat(reply(ev -> ev.put("subtype", "thread_broadcast").remove("thread_ts")).ignoreReason()).isEqualTo("a message subtype");
        assertThat(reply(ev -> ev.put("bot_id", "B1")).ignoreReason()).isEqualTo("a bot message");
        assertThat(reply(ev -> ev.put("text", "<@U0LAN0Z89> 后来成效如何？")).ignoreReason())
                .startsWith("a channel message that mentions the bot");
        assertThat(reply(ev -> ev.put("text", "<@U999> 你看呢")).ignoreReason()).as("a mention of someone else").isNull();
        assertThat(reply(ev -> ev.put("channel_type", "mpim")).ignoreReason()).isEqualTo("event type message in a mpim");
    }
}
