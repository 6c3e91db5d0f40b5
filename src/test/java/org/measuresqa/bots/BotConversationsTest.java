package org.measuresqa.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.conversation.UnknownConversationException;

class BotConversationsTest {

    private final List<String> calls = new ArrayList<>();
    private final Set<String> known = new java.util.HashSet<>();
    private int issued;

    private ChatTurn chat(String id, String message) {
        calls.add(id + "|" + message);
        if (id != null && !known.contains(id)) throw new UnknownConversationException(id);
        String conversation = id != null ? id : "c" + ++issued;
        known.add(conversation);
        return new ChatTurn(conversation, new Answer("ok", List.of(), List.of(), false, "extractive", null), null);
    }

    @Test
    void the_first_message_of_a_place_starts_a_conversation_and_later_ones_continue_it() {
        BotConversations conversations = new BotConversations(this::chat, 100);
        assertThat(conversations.chat("slack:T:C:1.1", "LNG加注是哪个城市的？").conversationId()).isEqualTo("c1");
        assertThat(conversations.chat("slack:T:C:1.1", "后来成效如何？").conversationId()).isEqualTo("c1");
        assertThat(conversations.chat("slack:T:C:2.2", "后来成效如何？").conversationId()).isEqualTo("c2");
        assertThat(calls).containsExactly("null|LNG加注是哪个城市的？", "c1|后来成效如何？", "null|后来成效如何？");
        assertThat(conversations.conversationId("slack:T:C:1.1")).hasValue("c1");
        assertThat(conversations.conversationId("nowhere")).isEmpty();
    }

    @Test
    void a_conversation_the_service_no_longer_knows_is_started_afresh() {
        BotConversations conversations = new BotConversations(this::chat, 100);
        conversations.chat("wecom:ww1:u", "a");
        known.clear();
        assertThat(conversations.chat("wecom:ww1:u", "b").conversationId()).isEqualTo("c2");
    }

    @Test
    void only_the_most_recently_used_places_are_kept() {
        BotConversations conversations = new BotConversations(this::chat, 2);
        conversations.chat("a", "1");
        conversations.chat("b", "1");
        conversations.chat("a", "2");
        conversations.chat("c", "1");
        assertThat(conversations.conversationId("a")).isPresent();
        assertThat(conversations.conversationId("b")).isEmpty();
    }
}
