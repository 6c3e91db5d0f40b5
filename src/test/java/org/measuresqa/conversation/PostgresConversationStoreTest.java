package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.DatabaseException;
import org.measuresqa.storage.PostgresDatabase;
import org.measuresqa.support.TestPostgres;

/** A real PostgreSQL: the contract, the migrations, and what a lost database does. */
class PostgresConversationStoreTest extends ConversationStoreContract {

    private TestPostgres.Fresh fresh;

    @BeforeEach
    void makeDatabase() {
        fresh = TestPostgres.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        if (fresh != null) fresh.close();
    }

    @Override
    Database open() {
        return PostgresDatabase.open(new PostgresDatabase.Settings(fresh.url(), 4, Duration.ofSeconds(2)));
    }

    @Test
    void migrations_are_versioned_and_applied_once_however_often_instances_start() throws Exception {
        try (Database a = open(); Database b = open()) {
            ConversationStore.on(a).appendTurn("x", ALICE, "问", "答", null);
            assertThat(ConversationStore.on(b).userTurns("x", 10)).containsExactly("问");
        }
        List<String> applied = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(fresh.url()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) applied.add(rs.getString(1) + ":" + rs.getBoolean(2));
        }
        assertThat(applied).containsExactly("1:true", "2:true");
    }

    @Test
    void a_database_that_does_not_answer_fails_at_start_naming_where_without_the_password() {
        String url = "jdbc:postgresql://127.0.0.1:1/measures?user=qa&password=hunter2-secret";
        assertThatThrownBy(() -> PostgresDatabase.open(new PostgresDatabase.Settings(url, 2, Duration.ofMillis(500))))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("127.0.0.1:1/measures")
                .hasMessageNotContaining("hunter2-secret");
    }
}
