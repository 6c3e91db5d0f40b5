package org.measuresqa.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Corpus;

class QueryAnalyzerTest {

    private final QueryAnalyzer analyzer = new QueryAnalyzer(Corpus.bundled().measures());

    @Test
    void sources_are_read_by_any_of_their_names() {
        assertThat(analyzer.analyze("上海浦东有哪些举措").sources()).containsExactly("浦东新区");
        assertThat(analyzer.analyze("浦东新区的").sources()).containsExactly("浦东新区");
        assertThat(analyzer.analyze("厦门和深圳").sources()).containsExactlyInAnyOrder("厦门", "深圳");
        assertThat(analyzer.analyze("Shenzhen 的举措").sources()).containsExactly("深圳");
    }

    @Test
    void categories_are_read_by_heading_and_by_natural_alias() {
        assertThat(analyzer.analyze("对外开放方面").categories()).containsExactly("高水平对外开放");
        assertThat(analyzer.analyze("营商环境").categories()).containsExactly("优化营商环境");
        assertThat(analyzer.analyze("科技创新体制机制").categories()).containsExactly("科技创新体制机制");
        assertThat(analyzer.analyze("要素市场").categories()).containsExactly("要素市场化改革");
        assertThat(analyzer.analyze("社会事业").categories()).containsExactly("社会事业和空间治理");
    }

    @Test
    void scopes_are_read_including_negation_but_not_from_unrelated_uses_of_quanguo() {
        assertThat(analyzer.analyze("推广到全国的有哪些").scopes()).containsExactly("全国");
        assertThat(analyzer.analyze("有条件的地方推广的").scopes()).containsExactly("具备条件地区");
        assertThat(analyzer.analyze("长三角").scopes()).containsExactly("长三角区域");
        assertThat(analyzer.analyze("哪些举措没有推广到全国").scopes()).containsExactlyInAnyOrder("具备条件地区", "长三角区域");
        assertThat(analyzer.analyze("只在具备条件的地区推广，不是全国推广").scopes()).containsExactly("具备条件地区");
        assertThat(analyzer.analyze("福建省首例知识产权案件").scopes()).isEmpty();
    }

    @Test
    void measure_numbers_are_read_in_their_usual_forms_but_figures_are_not_numbers() {
        assertThat(analyzer.analyze("第18项是什么").numbers()).containsExactly(18);
        assertThat(analyzer.analyze("第5条和第23条讲了什么").numbers()).containsExactly(5, 23);
        assertThat(analyzer.analyze("18号举措").numbers()).containsExactly(18);
        assertThat(analyzer.analyze("第十八项").numbers()).containsExactly(18);
        assertThat(analyzer.analyze("第10项到第14项").numbers()).containsExactly(10, 11, 12, 13, 14);
        assertThat(analyzer.analyze("前三项分别是什么").numbers()).containsExactly(1, 2, 3);
        assertThat(analyzer.analyze("最后一项举措").numbers()).containsExactly(32);
        assertThat(analyzer.analyze("截至2024年第三季度发行了93单").numbers()).isEmpty();
        assertThat(analyzer.analyze("第33项讲什么").unknownNumbers()).containsExactly(33);
    }

    @Test
    void counting_questions_are_recognised_but_questions_about_counted_things_are_not() {
        assertThat(analyzer.analyze("深圳一共有几项举措？").count()).isTrue();
        assertThat(analyzer.analyze("推广到全国的有多少条？").count()).isTrue();
        assertThat(analyzer.analyze("知识产权证券化发行了多少单？").count()).isFalse();
        assertThat(analyzer.analyze("外资企业主导制修订国家标准多少项国家标准").count()).isFalse();
    }

    @Test
    void the_part_of_a_measure_asked_about_is_read() {
        assertThat(analyzer.analyze("实施效果呢？").focus()).isEqualTo(Focus.RESULTS);
        assertThat(analyzer.analyze("具体怎么做的？").focus()).isEqualTo(Focus.PRACTICE);
        assertThat(analyzer.analyze("推广范围是什么？").focus()).isEqualTo(Focus.SCOPE);
    }

    @Test
    void a_question_made_only_of_filters_and_question_words_has_no_topic() {
        QueryAnalysis q = analyzer.analyze("深圳在对外开放方面做了什么？");
        assertThat(q.hasTopic()).isFalse();
        assertThat(analyzer.analyze("厦门有哪些和船舶有关的举措").hasTopic()).isTrue();
        assertThat(analyzer.analyze("厦门有哪些和船舶有关的举措").lexicalTerms()).contains("船舶").doesNotContain("举措", "哪些", "厦门");
    }

    @Test
    void english_words_are_glossed_and_places_outside_the_document_are_noticed() {
        assertThat(analyzer.analyze("LNG bunkering").searchText()).contains("加注");
        assertThat(analyzer.analyze("北京有哪些举措").otherPlaces()).containsExactly("北京");
        assertThat(analyzer.analyze("香港居民支付").otherPlaces()).isEmpty();
        assertThat(analyzer.analyze("你觉得哪个最好").opinion()).isTrue();
    }
}
