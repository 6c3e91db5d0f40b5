package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.support.TestIndex;

/** A turn the store cannot keep is still answered, marked not saved; the failure is kept for health, without a path. */
class ConversationServiceTest {

    @TempDir
    Path dir;

    @Test
    void an_answer_that_cannot_be_stored_is_still_given_marked_not_saved() {
        Path file = dir.resolve("c.db");
        ConversationStore.open(file).close();
        try (ConversationStore readOnly = ConversationStore.openReadOnly(file)) {
            ConversationService service = TestIndex.conversationService(java.util.Optional.empty(), readOnly);
            ChatTurn turn = service.chat(Caller.web("33333333-3333-4333-8333-333333333333"), null, "碳足迹证书发了多少张？", ChatListener.NONE);
            assertThat(turn.answer().text()).contains("230余张");
            assertThat(turn.answer().saved()).isFalse();
            assertThat(service.lastStoreFailure()).isNotBlank().doesNotContain(dir.toString()).doesNotContain("c.db");
        }
    }

    @Test
    void a_stored_answer_is_marked_saved_and_health_stays_clear() {
        ConversationService service = TestIndex.answerService(dir.resolve("ok.db"));
        ChatTurn turn = service.chat(Caller.cli(), null, "碳足迹证书发了多少张？", ChatListener.NONE);
        assertThat(turn.answer().saved()).isTrue();
        assertThat(service.lastStoreFailure()).isNull();
        assertThat(service.messages(Caller.cli(), turn.conversationId())).hasSize(2);
        assertThat(List.of(Caller.SLACK, Caller.WECOM)).noneMatch(bot -> Caller.bot(bot).mayUse(Caller.CLI));
    }
}
