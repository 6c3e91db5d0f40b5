package org.measuresqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in process with its own environment, as a user would run it. */
class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void search_builds_the_index_on_first_use_and_prints_ranked_measures_with_evidence() {
        Run r = run(Map.of("STORE_PATH", dir.resolve("idx.db").toString()), "search", "LNG加注用时缩短到几小时");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1. [18] 构建水上液化天然气（LNG）燃料加注海事服务体系").contains("·");
    }

    @Test
    void a_usage_mistake_is_one_plain_line_and_a_non_zero_exit() {
        Run r = run(Map.of("STORE_PATH", dir.resolve("idx.db").toString()), "search", "-k", "99", "通关");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("-k must be between 1 and 32").doesNotContain("Exception");
    }

    @Test
    void a_foreign_index_file_is_reported_without_a_stack_trace() throws Exception {
        Path junk = dir.resolve("junk.db");
        java.nio.file.Files.writeString(junk, "not sqlite ".repeat(100));
        Run r = run(Map.of("STORE_PATH", junk.toString()), "ingest");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not an index of this program").doesNotContain("\tat ");
    }

    @Test
    void eval_check_fails_when_retrieval_is_broken_and_names_the_questions_that_got_worse() {
        // Dense weight zero leaves lexical search alone: the committed baseline must catch it. The own set is enough
        // to show that (it drops several headline figures), and keeps this test from growing with the tuning set.
        Run broken = run(Map.of("STORE_PATH", dir.resolve("idx.db").toString(), "DENSE_WEIGHT", "0"),
                "eval", "--set", "own", "--check", "--reports", dir.resolve("reports").toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("REGRESSION").contains("worse: ").contains("baseline check FAILED");
        assertThat(dir.resolve("reports")).isDirectoryContaining("glob:**.md").isDirectoryContaining("glob:**.json");
    }

    @Test
    void ask_answers_with_citations_and_an_answer_rated_down_can_be_exported_as_a_draft_question() throws Exception {
        Map<String, String> env = Map.of("STORE_PATH", dir.resolve("idx.db").toString(), "ANSWERER", "extractive");
        Run first = run(env, "ask", "知识产权证券化发行了多少单？");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("93单").contains("[8]").contains("(extractive)");
        String id = first.out().lines().filter(l -> l.startsWith("conversation: ")).findFirst().orElseThrow().substring(14);
        Run follow = run(env, "ask", "-c", id, "发行规模呢？");
        assertThat(follow.out()).contains("208亿元");
        try (var store = org.measuresqa.conversation.ConversationStore.open(dir.resolve("idx.db"))) {
            store.addFeedback(id, 1, null, "down", "想看惠及企业数");
        }
        Path drafts = dir.resolve("drafts.jsonl");
        Run export = run(env, "eval", "--export-feedback", drafts.toString());
        assertThat(export.code()).isZero();
        String line = java.nio.file.Files.readString(drafts);
        assertThat(line).contains("\"question\":\"发行规模呢？\"").contains("\"history\":[\"知识产权证券化发行了多少单？\"]")
                .contains("想看惠及企业数");
        assertThat(run(env, "ask", "-c", "no-such", "你好").err()).contains("unknown conversationId");
    }
}
