package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteChunkStoreTest extends ChunkStoreContract {

    @TempDir
    Path dir;

    @Override
    protected ChunkStore newStore() {
        return SqliteChunkStore.open(dir.resolve("contract.db"));
    }

    @Test
    void what_was_written_is_there_after_reopening_the_file() {
        Path file = dir.resolve("reopen.db");
        try (SqliteChunkStore s = SqliteChunkStore.open(file)) {
            s.apply(new IndexUpdate(List.of(M1), List.of(embedded(A, 0.6f, 0.8f, 0)), Set.of(), Map.of("corpus", "x")));
        }
        try (SqliteChunkStore s = SqliteChunkStore.open(file)) {
            assertThat(s.measures()).containsExactly(M1);
            assertThat(s.meta("corpus")).isEqualTo("x");
            ChunkHit hit = s.vectorSearch(new float[] {0.6f, 0.8f, 0}, 1, null).get(0);
            assertThat(hit.chunk()).isEqualTo(A);
            assertThat(hit.score()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void a_missing_folder_is_created() {
        Path file = dir.resolve("a/b/index.db");
        try (SqliteChunkStore s = SqliteChunkStore.open(file)) {
            assertThat(s.count()).isZero();
        }
        assertThat(file).exists();
    }

    @Test
    void a_file_that_is_not_sqlite_gives_a_clear_message() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are notes, not a database ".repeat(50));
        assertThatThrownBy(() -> SqliteChunkStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an index of this program");
    }

    @Test
    void a_database_of_another_application_is_refused_and_left_alone() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INTEGER)");
        }
        assertThatThrownBy(() -> SqliteChunkStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("another application");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'customers'")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void an_index_from_a_newer_schema_is_refused_and_an_older_one_rebuilt() throws Exception {
        Path file = dir.resolve("versions.db");
        SqliteChunkStore.open(file).close();
        setSchemaVersion(file, SqliteChunkStore.SCHEMA_VERSION + 1);
        assertThatThrownBy(() -> SqliteChunkStore.open(file)).hasMessageContaining("newer than this program");

        setSchemaVersion(file, 0);
        try (SqliteChunkStore s = SqliteChunkStore.open(file)) {
            assertThat(s.meta("schema_version")).isEqualTo(String.valueOf(SqliteChunkStore.SCHEMA_VERSION));
            assertThat(s.count()).isZero();
        }
    }

    @Test
    void an_upgrade_rebuilds_the_index_and_keeps_the_conversations_in_the_same_file() throws Exception {
        Path file = dir.resolve("shared.db");
        SqliteChunkStore.open(file).close();
        try (var conversations = org.measuresqa.conversation.ConversationStore.open(file)) {
            conversations.appendTurn("kept", org.measuresqa.conversation.Caller.cli(), "问", "答", null);
        }
        setSchemaVersion(file, 0);
        SqliteChunkStore.open(file).close();
        // a file left by an older version's upgrade that died between dropping and creating: conversations, no index
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            for (String t : List.of("chunk_terms", "chunks", "measures", "meta")) st.execute("DROP TABLE " + t);
        }
        try (SqliteChunkStore s = SqliteChunkStore.open(file)) {
            assertThat(s.meta("schema_version")).isEqualTo(String.valueOf(SqliteChunkStore.SCHEMA_VERSION));
        }
        try (var conversations = org.measuresqa.conversation.ConversationStore.open(file)) {
            assertThat(conversations.messages("kept")).hasSize(2);
        }
    }

    private static void setSchemaVersion(Path file, int version) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '" + version + "' WHERE key = 'schema_version'");
        }
    }

    @Test
    void vectors_round_trip_as_little_endian_float32() {
        float[] v = {1.5f, -0.25f, 3e-7f};
        assertThat(SqliteChunkStore.fromBytes(SqliteChunkStore.toBytes(v))).containsExactly(v);
        assertThat(SqliteChunkStore.toBytes(new float[] {1f})).containsExactly(0, 0, (byte) 0x80, 0x3f);
    }
}
