package org.measuresqa.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Corpus;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver(new QueryAnalyzer(Corpus.bundled().measures()));

    @Test
    void a_question_with_nothing_of_its_own_takes_the_earlier_topic_and_its_own_focus() {
        var r = resolver.resolve(List.of("知识产权证券化是哪个城市搞的？"), "实施效果呢？");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().focus()).isEqualTo(Focus.RESULTS);
        assertThat(r.effective().lexicalTerms()).contains("证券");
    }

    @Test
    void a_city_named_in_a_follow_up_replaces_the_earlier_city_and_keeps_the_topic() {
        var r = resolver.resolve(List.of("浦东新区有哪些涉及知识产权的举措？"), "深圳那个呢？");
        assertThat(r.effective().sources()).containsExactly("深圳");
        assertThat(r.effective().lexicalTerms()).contains("知识", "产权");
    }

    @Test
    void these_with_a_city_narrows_the_earlier_topic() {
        var r = resolver.resolve(List.of("有哪些和知识产权有关的举措？"), "这些里面哪几条是厦门的？");
        assertThat(r.effective().sources()).containsExactly("厦门");
        assertThat(r.effective().hasTopic()).isTrue();
    }

    @Test
    void the_next_measure_is_one_after_the_number_named_earlier_or_now() {
        assertThat(resolver.resolve(List.of("第9项是什么？"), "那它后面那一项呢？").effective().numbers()).containsExactly(10);
        assertThat(resolver.resolve(List.of(), "第9项之后那一项呢？").effective().numbers()).containsExactly(10);
        assertThat(resolver.resolve(List.of("第9项是什么？"), "前一项呢？").effective().numbers()).containsExactly(8);
    }

    @Test
    void a_scope_asked_about_one_earlier_measure_is_a_question_not_a_filter() {
        var r = resolver.resolve(List.of("混合产业用地是什么意思？"), "这个能推广到全国吗？");
        assertThat(r.effective().scopes()).isEmpty();
        assertThat(r.effective().focus()).isEqualTo(Focus.SCOPE);
    }

    @Test
    void a_question_with_its_own_topic_is_not_dragged_back() {
        var r = resolver.resolve(List.of("LNG加注时间缩短了多少？"), "按病种分值付费让住院天数下降了多少？");
        assertThat(r.followUp()).isFalse();
        assertThat(r.effective().lexicalTerms()).doesNotContain("加注");
    }

    @Test
    void a_count_follow_up_keeps_the_earlier_filter_and_counts_it() {
        var r = resolver.resolve(List.of("深圳有哪些举措？"), "一共几项？");
        assertThat(r.effective().sources()).containsExactly("深圳");
        assertThat(r.effective().count()).isTrue();
    }
}
