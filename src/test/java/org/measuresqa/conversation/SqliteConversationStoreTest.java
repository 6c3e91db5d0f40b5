package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.SqliteDatabase;

/** The embedded SQLite file: the contract, and what only a file has (older files upgraded, read-only mounts). */
class SqliteConversationStoreTest extends ConversationStoreContract {

    @Override
    Database open() {
        return SqliteDatabase.open(dir.resolve("c.db"));
    }


    @TempDir
    Path dir;


    @Test
    void a_file_from_before_owners_is_upgraded_in_place_keeping_every_conversation_and_rating() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE conversations (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, title TEXT NOT NULL)");
            st.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, role TEXT NOT NULL, "
                    + "content TEXT NOT NULL, payload TEXT, created_at TEXT NOT NULL)");
            st.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, "
                    + "question TEXT NOT NULL, answer TEXT NOT NULL, rating TEXT NOT NULL, comment TEXT, created_at TEXT NOT NULL)");
            st.execute("INSERT INTO conversations VALUES ('old', 't', 't', '旧问题')");
            st.execute("INSERT INTO messages (conversation_id, role, content, created_at) VALUES ('old', 'user', '旧问题', 't'), ('old', 'assistant', '旧答案', 't')");
            st.execute("INSERT INTO feedback (conversation_id, turn, question, answer, rating, created_at) VALUES "
                    + "('old', 0, '旧问题', '旧答案', 'up', 't'), ('old', 0, '旧问题', '旧答案', 'down', 't2')");
        }
        try (ConversationStore s = ConversationStore.open(file)) {
            assertThat(s.messages("old")).extracting(ConversationStore.Message::content).containsExactly("旧问题", "旧答案");
            assertThat(s.origin("old")).hasValue(new ConversationStore.Origin(Caller.WEB, null));
            assertThat(s.feedback()).extracting(ConversationStore.Feedback::rating).containsExactly("down");
            s.appendTurn("old", ALICE, "新问题", "新答案", null);
            assertThat(s.userTurns("old", 10)).containsExactly("旧问题", "新问题");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void a_read_only_file_is_reported_by_the_write_check_and_a_failed_write_names_the_cause() throws Exception {
        Path file = dir.resolve("ro.db");
        try (ConversationStore s = ConversationStore.open(file)) {
            s.appendTurn("a", ALICE, "甲", "答", null);
        }
        try (ConversationStore s = ConversationStore.openReadOnly(file)) {
            assertThatThrownBy(s::checkWritable).isInstanceOf(ConversationException.class).hasMessageContaining("writing");
            assertThatThrownBy(() -> s.appendTurn("b", ALICE, "乙", "答", null))
                    .isInstanceOf(ConversationException.class).hasMessageContaining("storing a turn");
            assertThat(s.messages("a")).hasSize(2);
        }
    }
}
