package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.corpus.TextNormalizer;
import org.measuresqa.eval.EvalCase;
import org.measuresqa.support.TestIndex;

/** The extractive answerer on the question set: its answers carry the gold facts, with no unsupported citation. */
class ExtractiveAnswererTest {

    private final ConversationService service = TestIndex.answerService(tempFile());

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
        String text = service.answerOnce("浦东新区一共有几条举措？", List.of()).answer().text();
        assertThat(text).startsWith("共有11项");
        for (int n : List.of(3, 4, 5, 7, 10, 13, 14, 15, 16, 24, 28)) assertThat(text).contains("[" + n + "]");
    }

    @Test
    void a_list_names_each_measure_with_its_source_and_a_sentence() {
        String text = service.answerOnce("深圳在高水平对外开放这块有什么经验？", List.of()).answer().text();
        assertThat(text).contains("第18项 构建水上液化天然气（LNG）燃料加注海事服务体系（深圳）").contains("第21项 推动人民币跨境收付便利（深圳）");
    }

    @Test
    void a_follow_up_on_results_answers_with_the_results() {
        String text = service.answerOnce("成效怎么样？", List.of("LNG燃料加注海事服务是哪里的经验？")).answer().text();
        assertThat(text).contains("10小时").contains("55单").contains("[18]");
    }

    @Test
    void a_question_for_the_results_of_a_described_measure_gets_all_its_results() {
        String text = service.answerOnce("逼着高风险企业买污染保险的做法，最后效果如何？", List.of()).answer().text();
        assertThat(text).contains("实施效果：").contains("104.38亿元").contains("60.33%").contains("[30]");
    }

    @Test
    void a_question_that_only_describes_a_measure_is_answered_with_what_it_achieved_too() {
        String text = service.answerOnce("船舶换了船籍证书还在办，照样能出海跑运输，有这回事吗", List.of()).answer().text();
        assertThat(text).contains("[23]").contains("实施效果：").contains("8个工作日");
    }

    @Test
    void a_question_on_how_a_measure_is_run_gets_each_of_its_practices() {
        String text = service.answerOnce("浦东对进口科研用的人体样本现在怎么管？", List.of()).answer().text();
        assertThat(text).contains("[13]").contains("条件管理").contains("联合监管机制");
    }

    @Test
    void a_question_for_a_way_to_gain_something_gets_what_was_gained_too() {
        String text = service.answerOnce("新能源车和光伏组件在长三角港口间转船，海事那边有什么办法能缩短申报？", List.of()).answer().text();
        assertThat(text).contains("[24]").contains("实施效果：").contains("48至96小时");
    }

    @Test
    void a_question_with_two_asks_gets_both_answers() {
        String text = service.answerOnce("碳足迹认证服务平台哪年上线？证书发出去多少张？", List.of()).answer().text();
        assertThat(text).contains("2023年11月").contains("230余张").contains("[29]");
    }

    @Test
    void a_wrong_city_or_scope_in_the_question_is_corrected() {
        String city = service.answerOnce("浦东的船舶不停运办证把转籍时间压缩到几个工作日？", List.of()).answer().text();
        assertThat(city).contains("来自厦门").contains("8个工作日").contains("[23]");
        String scope = service.answerOnce("跨地区作品登记改革是面向全国推广的吧？", List.of()).answer().text();
        assertThat(scope).contains("具备条件地区").contains("[7]");
    }

    @Test
    void a_declined_question_says_why_and_offers_the_closest_measures() {
        Answer a = service.answerOnce("证券化产品的发行利率大约多少？", List.of()).answer();
        assertThat(a.abstain()).isTrue();
        assertThat(a.text()).contains("没有给出").contains("最接近的举措").contains("[8]");
    }

    @Test
    void the_answer_streams_in_pieces_that_add_up_to_the_whole() {
        StringBuilder streamed = new StringBuilder();
        var context = new AnswerContext("危化品追溯码激活了多少个？", List.of(),
                TestIndex.retriever().retrieve("危化品追溯码激活了多少个？", List.of(), 5));
        String text = new ExtractiveAnswerer().answer(context, streamed::append);
        assertThat(streamed.toString()).isEqualTo(text);
        assertThat(text).contains("23879个");
    }
}
