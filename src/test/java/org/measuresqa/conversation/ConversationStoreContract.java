package org.measuresqa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.measuresqa.storage.Database;

/**
 * What every database behind {@link ConversationStore} must do. {@link #open()} opens the same database each time
 * within a test (a file, or a PostgreSQL database made for the test): two stores open at once are two instances.
 */
abstract class ConversationStoreContract {

    static final Caller ALICE = Caller.web("11111111-1111-4111-8111-111111111111");
    static final Caller BOB = Caller.web("22222222-2222-4222-8222-222222222222");

    /** Opens this test's database; the test closes it. */
    abstract Database open();

    @Test
    void turns_survive_reopening_in_order() {
        String id = ConversationStore.newId();
        try (Database db = open()) {
            ConversationStore s = ConversationStore.on(db);
            assertThat(s.exists(id)).isFalse();
            s.appendTurn(id, ALICE, "第一问", "第一答", "{}");
            s.appendTurn(id, ALICE, "第二问", "第二答", "{}");
        }
        try (Database db = open()) {
            ConversationStore s = ConversationStore.on(db);
            assertThat(s.exists(id)).isTrue();
            assertThat(s.userTurns(id, 10)).containsExactly("第一问", "第二问");
            assertThat(s.userTurns(id, 1)).containsExactly("第二问");
            assertThat(s.messages(id)).extracting(ConversationStore.Message::role).containsExactly("user", "assistant", "user", "assistant");
            assertThat(s.messages(id).get(3).payload()).isEqualTo("{}");
            assertThat(s.recent(ALICE.owner(), 10)).singleElement().satisfies(c -> {
                assertThat(c.title()).isEqualTo("第一问");
                assertThat(c.turns()).isEqualTo(2);
            });
        }
    }

    @Test
    void conversations_are_kept_apart_and_listed_only_to_the_browser_that_started_them_latest_first() {
        try (Database db = open()) {
            ConversationStore s = ConversationStore.on(db);
            s.appendTurn("a", ALICE, "甲", "答", null);
            s.appendTurn("b", BOB, "乙", "答", null);
            s.appendTurn("c", Caller.bot(Caller.SLACK), "丙", "答", null);
            s.appendTurn("d", ALICE, "丁", "答", null);
            assertThat(s.userTurns("a", 10)).containsExactly("甲");
            assertThat(s.recent(ALICE.owner(), 10)).extracting(ConversationStore.Summary::id).containsExactly("d", "a");
            assertThat(s.recent(ALICE.owner(), 1)).extracting(ConversationStore.Summary::id).containsExactly("d");
            assertThat(s.recent(BOB.owner(), 10)).extracting(ConversationStore.Summary::id).containsExactly("b");
            assertThat(s.recent(null, 10)).isEmpty();
            assertThat(s.origin("c")).hasValue(new ConversationStore.Origin(Caller.SLACK, null));
            assertThat(s.origin("a")).hasValue(new ConversationStore.Origin(Caller.WEB, ALICE.owner()));
            assertThat(s.origin("nope")).isEmpty();
        }
    }

    @Test
    void rating_an_answer_again_updates_the_one_row_of_that_owner() {
        try (Database db = open()) {
            ConversationStore s = ConversationStore.on(db);
            s.appendTurn("a", ALICE, "问", "答", null);
            assertThat(s.addFeedback("a", 0, ALICE.owner(), "up", null)).isTrue();
            assertThat(s.addFeedback("a", 0, ALICE.owner(), "down", "引用不对")).isTrue();
            assertThat(s.addFeedback("a", 0, BOB.owner(), "up", null)).isTrue();
            assertThat(s.addFeedback("a", 1, ALICE.owner(), "up", null)).isFalse();
            assertThat(s.feedback()).extracting(ConversationStore.Feedback::rating).containsExactlyInAnyOrder("down", "up");
            assertThat(s.feedback()).filteredOn(f -> f.rating().equals("down")).singleElement().satisfies(f -> {
                assertThat(f.question()).isEqualTo("问");
                assertThat(f.answer()).isEqualTo("答");
                assertThat(f.comment()).isEqualTo("引用不对");
            });
        }
    }

    @Test
    void two_instances_writing_turns_of_the_same_conversations_at_once_lose_none() throws Exception {
        int turns = 40;
        try (Database a = open(); Database b = open()) {
            List<ConversationStore> instances = List.of(ConversationStore.on(a), ConversationStore.on(b));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < turns; i++) {
                    int n = i;
                    done.add(pool.submit(() -> instances.get(n % 2).appendTurn("shared-" + (n % 4), ALICE, "问" + n, "答" + n, null)));
                }
                for (Future<?> f : done) f.get();
            } finally {
                pool.shutdown();
            }
            int stored = 0;
            for (int c = 0; c < 4; c++) stored += instances.get(c % 2).messages("shared-" + c).size();
            assertThat(stored).isEqualTo(2 * turns);
            assertThat(instances.get(1).recent(ALICE.owner(), 10)).hasSize(4);
        }
    }

    @Test
    void the_database_checks_writable_and_says_what_it_is() {
        try (Database db = open()) {
            ConversationStore s = ConversationStore.on(db);
            s.checkWritable();
            assertThat(s.reachable()).isTrue();
            assertThat(s.kind()).isIn("sqlite", "postgresql");
            assertThat(s.recent(ALICE.owner(), 10)).isEmpty(); // the write check left nothing behind
        }
    }
}
