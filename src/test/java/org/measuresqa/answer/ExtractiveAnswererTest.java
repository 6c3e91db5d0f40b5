package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.TextNormalizer;
import org.measuresqa.eval.EvalCase;
import org.measuresqa.support.TestIndex;

/** The extractive answerer on the question set: its answers carry the gold facts, with no unsupported citation. */
class ExtractiveAnswererTest {

    private final AnswerService service = TestIndex.answerService(tempFile());

    private static Path tempFile() {
        try {
            return java.nio.file.Files.createTempDirectory("extractive").resolve("c.db");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void answers_contain_the_gold_facts_of_nine_in_ten_answerable_questions_and_cite_only_what_was_retrieved() {
        List<EvalCase> cases = EvalCase.load(Path.of("eval/questions.jsonl")).stream()
                .filter(c -> c.answerable() && !c.facts().isEmpty()).toList();
        List<String> missing = new ArrayList<>();
        int facts = 0;
        for (EvalCase c : cases) {
            ChatTurn turn = service.answerOnce(c.question(), c.history());
            assertThat(turn.answer().unverified()).as(c.id()).isEmpty();
            for (String fact : c.facts()) {
                facts++;
                if (!TextNormalizer.looselyContains(turn.answer().text(), fact)) missing.add(c.id() + " " + fact);
            }
        }
        assertThat(facts).isGreaterThan(60);
        assertThat((double) missing.size() / facts).as("missing: %s", missing).isLessThan(0.10);
    }

    @Test
    void a_count_states_the_number_and_lists_every_measure() {
        String text = service.answerOnce("深圳一共有几项举措？", List.of()).answer().text();
        assertThat(text).startsWith("共有8项");
        for (int n : List.of(2, 6, 8, 11, 18, 21, 29, 30)) assertThat(text).contains("[" + n + "]");
    }

    @Test
    void a_list_names_each_measure_with_its_source_and_a_sentence() {
        String text = service.answerOnce("深圳在对外开放方面做了什么？", List.of()).answer().text();
        assertThat(text).contains("第18项 构建水上液化天然气（LNG）燃料加注海事服务体系（深圳）").contains("第21项 推动人民币跨境收付便利（深圳）");
    }

    @Test
    void a_follow_up_on_results_answers_from_the_results() {
        String text = service.answerOnce("实施效果呢？", List.of("LNG加注那个是哪个城市的？")).answer().text();
        assertThat(text).contains("10小时").contains("[18]");
    }

    @Test
    void a_wrong_city_in_the_question_is_corrected() {
        String text = service.answerOnce("深圳的查验分流模式把查验时间压缩了多少？", List.of()).answer().text();
        assertThat(text).contains("来自厦门").contains("30分钟").contains("[17]");
    }

    @Test
    void a_declined_question_says_so_and_offers_the_closest_measures() {
        Answer a = service.answerOnce("港航信易贷的贷款利率是多少？", List.of()).answer();
        assertThat(a.abstain()).isTrue();
        assertThat(a.text()).contains("没有").contains("最接近的举措").contains("[25]");
    }

    @Test
    void the_answer_streams_in_pieces_that_add_up_to_the_whole() {
        StringBuilder streamed = new StringBuilder();
        var context = new AnswerContext("知识产权证券化发行了多少单？", List.of(),
                TestIndex.retriever().retrieve("知识产权证券化发行了多少单？", List.of(), 5));
        String text = new ExtractiveAnswerer().answer(context, streamed::append);
        assertThat(streamed.toString()).isEqualTo(text);
    }
}
