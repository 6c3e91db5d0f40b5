package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measuresqa.support.ServerProcesses.awaitHealth;
import static org.measuresqa.support.ServerProcesses.freePort;
import static org.measuresqa.support.ServerProcesses.java;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationStore;

/**
 * The real server, as a process, killed with SIGKILL while it upgrades a file of an older schema: at start-up, while
 * the model loads, and while the index is rebuilt. However the kill falls, the next start upgrades the file and every
 * conversation is still there.
 */
class KilledUpgradeIT {

    private static final Path JAR = org.measuresqa.support.ServerProcesses.JAR;

    @TempDir
    Path dir;

    @Test
    void sigkill_during_an_upgrade_loses_no_conversation_and_the_next_start_finishes_it() throws Exception {
        assertThat(JAR).as("the server's jar, built by `mvn package` before the integration tests").exists();
        Path file = dir.resolve("measures.db");
        SqliteChunkStore.open(file).close();
        try (ConversationStore conversations = ConversationStore.open(file)) {
            conversations.appendTurn("kept", Caller.cli(), "问", "答", null);
            conversations.appendTurn("kept", Caller.cli(), "再问", "再答", null);
        }
        for (long killAfterMillis : List.of(300L, 2_500L, 6_000L)) {
            olderSchema(file);
            Process server = serve(file, freePort());
            Thread.sleep(killAfterMillis);
            server.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
            server.waitFor();
            try (ConversationStore conversations = ConversationStore.open(file)) {
                assertThat(conversations.messages("kept")).as("after a kill %d ms into the upgrade", killAfterMillis).hasSize(4);
            }
        }
        int port = freePort();
        Process server = serve(file, port);
        try {
            String health = awaitHealth(port, Duration.ofSeconds(120));
            assertThat(health).contains("\"measures\":32").contains("\"schemaVersion\":" + SqliteChunkStore.SCHEMA_VERSION);
        } finally {
            server.destroy();
            server.waitFor();
        }
        try (ConversationStore conversations = ConversationStore.open(file)) {
            assertThat(conversations.messages("kept")).hasSize(4);
        }
    }

    /** Marks the file as written by an older version, so that the next start rebuilds its index. */
    private static void olderSchema(Path file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'");
        }
    }

    private Process serve(Path file, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx1g", "-jar", JAR.toString(), "serve", "--port", Integer.toString(port),
                "--store", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(dir, "server", ".log").toFile());
        pb.environment().put("ANSWERER", "extractive");
        return pb.start();
    }
}
