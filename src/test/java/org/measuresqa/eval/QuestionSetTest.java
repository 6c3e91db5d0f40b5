package org.measuresqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Corpus;

/** The committed question sets are data that the gate trusts: they are checked like code. */
class QuestionSetTest {

    private final Corpus corpus = Corpus.bundled();

    @Test
    void the_main_set_is_consistent_with_the_document_and_covers_every_kind_and_measure() {
        List<EvalCase> cases = EvalCase.load(Path.of("eval/questions.jsonl"));
        assertThat(cases.size()).isGreaterThanOrEqualTo(150);
        assertThat(QuestionSetCheck.problems(cases, corpus)).isEmpty();
    }

    @Test
    void the_tuning_set_is_consistent_with_the_document() {
        List<EvalCase> cases = EvalCase.load(Path.of("eval/tune.jsonl"));
        assertThat(cases.size()).isGreaterThanOrEqualTo(300);
        assertThat(QuestionSetCheck.problems(cases, corpus, false)).isEmpty();
    }

    /** Only the number of problems is shown: nobody who tunes may read a sealed question. */
    @Test
    void the_sealed_set_is_consistent_with_the_document() {
        List<EvalCase> cases = EvalCase.load(Path.of("eval/sealed.jsonl"));
        assertThat(cases.size()).as("sealed questions").isGreaterThanOrEqualTo(200);
        assertThat(QuestionSetCheck.problems(cases, corpus, false).size()).as("problems in the sealed set").isZero();
    }

    @Test
    void the_check_catches_a_fact_no_gold_measure_contains_a_missing_measure_and_a_duplicate_id() {
        List<EvalCase> cases = new ArrayList<>(EvalCase.load(Path.of("eval/questions.jsonl")));
        cases.add(new EvalCase("fact-001", "fact", "重复的编号", List.of(), List.of(8), List.of("999亿元"), true));
        cases.add(new EvalCase("x-1", "fact", "不存在的举措", List.of(), List.of(40), List.of(), true));
        List<String> problems = QuestionSetCheck.problems(cases, corpus);
        assertThat(problems).anyMatch(p -> p.contains("duplicate id"));
        assertThat(problems).anyMatch(p -> p.contains("\"999亿元\" occurs in no gold measure"));
        assertThat(problems).anyMatch(p -> p.contains("gold measure 40 does not exist"));
    }

    @Test
    void a_follow_up_may_ask_a_count_of_its_list_but_the_count_must_be_the_size_of_gold() {
        List<EvalCase> cases = new ArrayList<>(EvalCase.load(Path.of("eval/questions.jsonl")));
        cases.add(new EvalCase("f-right", "followup", "这些里面几项是深圳的", List.of("对外开放有哪些"), List.of(18, 21), List.of("2项"), true));
        cases.add(new EvalCase("f-wrong", "followup", "这些里面几项是深圳的", List.of("对外开放有哪些"), List.of(18, 21), List.of("3项"), true));
        List<String> problems = QuestionSetCheck.problems(cases, corpus);
        assertThat(problems).noneMatch(p -> p.startsWith("f-right"));
        assertThat(problems).anyMatch(p -> p.startsWith("f-wrong") && p.contains("\"3项\""));
    }
}
