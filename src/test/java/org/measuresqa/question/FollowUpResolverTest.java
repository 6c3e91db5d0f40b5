package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Corpus;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver(new QueryAnalyzer(Corpus.bundled().measures()));

    private FollowUpResolver.ResolvedQuery resolve(String question, String... history) {
        return resolver.resolve(List.of(history), question);
    }

    @Test
    void a_question_with_nothing_of_its_own_takes_the_earlier_topic_and_asks_its_own_part() {
        var r = resolve("成效呢？", "船舶不停运办证是谁搞的？");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().ask().focuses()).containsExactly(Focus.RESULTS);
        assertThat(r.effective().topic().terms()).contains("船舶");
    }

    @Test
    void a_figure_asked_after_a_measure_keeps_the_topic_and_asks_the_figure() {
        var r = resolve("发了多少单？", "深圳那个知识产权证券化品牌怎么打造的？");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().ask().quantities()).extracting(Quantity::unit).containsExactly("单");
        assertThat(r.effective().topic().terms()).contains("证券");
    }

    @Test
    void a_city_named_in_a_follow_up_replaces_the_earlier_city_and_keeps_the_heading() {
        var r = resolve("换成厦门的呢？", "对外开放类里深圳有哪些？");
        assertThat(r.effective().filters().sources()).containsExactly("厦门");
        assertThat(r.effective().filters().categories()).containsExactly("高水平对外开放");
        assertThat(r.effective().intent().list()).isEqualTo(Confidence.STRONG);
    }

    @Test
    void these_with_a_city_narrows_the_earlier_set() {
        var r = resolve("这里面哪些来自浦东？", "营商环境方面有哪些经验？");
        assertThat(r.effective().filters().sources()).containsExactly("浦东新区");
        assertThat(r.effective().filters().categories()).containsExactly("优化营商环境");
    }

    @Test
    void a_range_asked_right_after_a_list_by_filters_narrows_that_list() {
        var r = resolve("编号25以后的有哪些？", "列一下浦东的经验");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().filters().sources()).containsExactly("浦东新区");
        assertThat(r.effective().numbers().measures()).containsExactly(26, 27, 28, 29, 30, 31, 32);
        // one number after a list is a measure asked about, not a narrower list
        assertThat(resolve("第25条讲什么？", "列一下浦东的经验").effective().filters().sources()).isEmpty();
    }

    @Test
    void a_number_left_out_after_a_list_is_taken_from_that_list() {
        var r = resolve("把第3条去掉，剩下哪些？", "列一下前四条");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().numbers().measures()).containsExactly(1, 2, 3, 4);
        assertThat(r.effective().numbers().excluded()).containsExactly(3);
    }

    @Test
    void a_heading_added_in_a_follow_up_widens_the_earlier_set() {
        var r = resolve("连同民生那部分一起算，共几条？", "科创那块包括什么？");
        assertThat(r.effective().filters().categories()).containsExactlyInAnyOrder("科技创新体制机制", "社会事业和空间治理");
        assertThat(r.effective().intent().count()).isEqualTo(Confidence.STRONG);
        // without a word of adding, the heading named takes the earlier one's place
        assertThat(resolve("民生那部分呢？", "科创那块包括什么？").effective().filters().categories())
                .containsExactly("社会事业和空间治理");
    }

    @Test
    void a_choice_between_scopes_after_one_measure_asks_its_scope() {
        var r = resolve("那它的范围呢，长三角还是全国？", "不停运办证这项谁先搞起来的？");
        assertThat(r.effective().filters().scopes()).isEmpty();
        assertThat(r.effective().ask().focuses()).contains(Focus.SCOPE);
    }

    @Test
    void a_short_follow_up_with_words_of_its_own_keeps_the_measure_named_by_number() {
        var r = resolve("那带动了多少家企业", "第29条讲的啥", "证书发了几张？");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().numbers().measures()).containsExactly(29);
    }

    @Test
    void the_same_heading_named_in_a_follow_up_keeps_the_earlier_heading() {
        var r = resolve("再瞧瞧浦东在同一个板块中有几项？", "列出厦门的全部经验", "其中营商环境类的是哪些？");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().filters().sources()).containsExactly("浦东新区");
        assertThat(r.effective().filters().categories()).containsExactly("优化营商环境");
    }

    @Test
    void a_scope_added_to_a_list_is_a_condition_not_what_is_asked() {
        var r = resolve("再加上长三角那条呢，共几条", "条件具备的地区推的列一下");
        assertThat(r.effective().filters().scopes()).containsExactlyInAnyOrder("具备条件地区", "长三角区域");
    }

    @Test
    void an_ordinal_after_a_question_about_the_practices_is_a_practice_item() {
        var r = resolve("第二条干嘛的", "碳足迹认证那项是谁做的", "这项总共有多少条做法");
        assertThat(r.effective().numbers().measures()).isEmpty();
        assertThat(r.effective().ask().practiceItem()).isEqualTo(2);
    }

    @Test
    void an_ordinal_point_asked_how_after_one_measure_is_its_practice_item() {
        var r = resolve("第三点具体怎么做？", "碳足迹认证那项是怎么回事");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().numbers().measures()).isEmpty();
        assertThat(r.effective().ask().practiceItem()).isEqualTo(3);
        // after a list, or with nothing asked how, the ordinal still names a measure or a listed item
        assertThat(resolve("第三点具体怎么做？", "列一下深圳的经验").effective().ask().practiceItem()).isZero();
        assertThat(resolve("第3条是啥", "碳足迹认证那项是怎么回事").effective().numbers().measures()).containsExactly(3);
    }

    @Test
    void numbers_picked_within_numbers_in_view_narrow_them() {
        assertThat(resolve("这里面单数的呢", "第20到第24条是啥").effective().numbers().measures()).containsExactly(21, 23);
        var widened = resolve("把长三角的也算进来，共几项", "条件具备的地区才推的列一下");
        assertThat(widened.effective().filters().scopes()).containsExactlyInAnyOrder("具备条件地区", "长三角区域");
    }

    @Test
    void the_next_measure_is_one_after_the_number_named_earlier_or_now() {
        assertThat(resolve("那下一项呢？", "第12项是什么？").effective().numbers().measures()).containsExactly(13);
        assertThat(resolve("第12项后面那一项是什么？").effective().numbers().measures()).containsExactly(13);
        assertThat(resolve("前一项呢？", "第12项是什么？").effective().numbers().measures()).containsExactly(11);
    }

    @Test
    void a_scope_asked_about_one_earlier_measure_is_a_question_not_a_filter() {
        var r = resolve("它可以推广到全国吗？", "医产融合是怎么回事？");
        assertThat(r.effective().filters().scopes()).isEmpty();
        assertThat(r.effective().ask().focuses()).contains(Focus.SCOPE);
    }

    @Test
    void an_elliptical_question_with_a_small_topic_searches_it_within_the_earlier_subject() {
        var r = resolve("那空运方面呢？", "查验分流模式是怎么回事？");
        assertThat(r.followUp()).isTrue();
        assertThat(r.effective().topic().terms()).contains("空运", "查验");
    }

    @Test
    void an_earlier_turn_with_a_small_topic_keeps_the_subject_of_the_turn_before_it() {
        var r = resolve("空运那边呢？", "查验分流模式是怎么回事？", "海运效率提高了多少？");
        assertThat(r.effective().topic().terms()).contains("查验", "海运");
    }

    @Test
    void a_question_with_its_own_topic_is_not_dragged_back() {
        var r = resolve("碳足迹证书发了多少张？", "人民币跨境支付效果如何？");
        assertThat(r.followUp()).isFalse();
        assertThat(r.effective().topic().terms()).contains("足迹").doesNotContain("支付");
    }

    @Test
    void a_count_follow_up_keeps_the_earlier_filter_and_counts_it() {
        var r = resolve("总共多少条？", "浦东新区有哪些经验？");
        assertThat(r.effective().filters().sources()).containsExactly("浦东新区");
        assertThat(r.effective().intent().count()).isEqualTo(Confidence.STRONG);
    }
}
