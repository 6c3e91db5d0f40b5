package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ChatTurn;
import org.measuresqa.storage.PostgresDatabase;
import org.measuresqa.support.CuttableProxy;
import org.measuresqa.support.TestIndex;
import org.measuresqa.support.TestPostgres;

/**
 * An instance whose PostgreSQL goes away keeps answering, each answer marked not saved, and saves again by itself
 * once the database is back: the pool replaces its broken connections.
 */
class LostDatabaseTest {

    private static final Caller BROWSER = Caller.web("44444444-4444-4444-8444-444444444444");
    private static final String QUESTION = "碳足迹证书发了多少张？";

    @Test
    void answers_go_on_while_the_database_is_away_and_are_saved_again_when_it_returns() throws Exception {
        try (TestPostgres.Fresh fresh = TestPostgres.freshDatabase();
             CuttableProxy proxy = new CuttableProxy("127.0.0.1", 5432)) {
            String viaProxy = fresh.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            try (PostgresDatabase db = PostgresDatabase.open(new PostgresDatabase.Settings(viaProxy, 2, Duration.ofMillis(800)))) {
                ConversationService service = TestIndex.conversationService(java.util.Optional.empty(), ConversationStore.on(db));
                ChatTurn first = service.chat(BROWSER, null, QUESTION, ChatListener.NONE);
                assertThat(first.answer().saved()).isTrue();

                proxy.cut();
                ChatTurn fresh1 = service.chat(BROWSER, null, QUESTION, ChatListener.NONE);
                assertThat(fresh1.answer().saved()).isFalse();
                assertThat(fresh1.answer().text()).contains("230余张");
                ChatTurn followUp = service.chat(BROWSER, first.conversationId(), QUESTION, ChatListener.NONE);
                assertThat(followUp.answer().saved()).isFalse();
                assertThat(followUp.answer().citations()).isNotEmpty();
                assertThat(service.lastStoreFailure()).isNotBlank();
                assertThat(db.reachable()).isFalse();

                proxy.restore();
                ChatTurn again = null;
                for (int attempt = 0; attempt < 3 && (again == null || !again.answer().saved()); attempt++) {
                    again = service.chat(BROWSER, first.conversationId(), QUESTION, ChatListener.NONE);
                }
                assertThat(again.answer().saved()).as("saved again once the database is back").isTrue();
                assertThat(service.lastStoreFailure()).isNull();
                assertThat(db.reachable()).isTrue();
                // only what was saved is there: the first turn and the one after the database came back
                assertThat(service.messages(BROWSER, first.conversationId())).hasSize(4);
            }
        }
    }
}
