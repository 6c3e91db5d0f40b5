package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationStoreTest {

    @TempDir
    Path dir;

    @Test
    void turns_survive_reopening_the_file_in_order() {
        Path file = dir.resolve("c.db");
        String id = ConversationStore.newId();
        try (ConversationStore s = ConversationStore.open(file)) {
            assertThat(s.exists(id)).isFalse();
            s.appendTurn(id, "第一问", "第一答", "{}");
            s.appendTurn(id, "第二问", "第二答", "{}");
        }
        try (ConversationStore s = ConversationStore.open(file)) {
            assertThat(s.exists(id)).isTrue();
            assertThat(s.userTurns(id, 10)).containsExactly("第一问", "第二问");
            assertThat(s.userTurns(id, 1)).containsExactly("第二问");
            assertThat(s.messages(id)).extracting(ConversationStore.Message::role).containsExactly("user", "assistant", "user", "assistant");
            assertThat(s.recent(10)).singleElement().satisfies(c -> {
                assertThat(c.title()).isEqualTo("第一问");
                assertThat(c.turns()).isEqualTo(2);
            });
        }
    }

    @Test
    void conversations_are_kept_apart() {
        try (ConversationStore s = ConversationStore.open(dir.resolve("c.db"))) {
            s.appendTurn("a", "甲", "答", null);
            s.appendTurn("b", "乙", "答", null);
            assertThat(s.userTurns("a", 10)).containsExactly("甲");
            assertThat(s.userTurns("b", 10)).containsExactly("乙");
        }
    }
}
