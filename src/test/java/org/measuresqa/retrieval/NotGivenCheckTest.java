package org.measuresqa.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Measure;
import org.measuresqa.question.Ask;
import org.measuresqa.question.QueryAnalyzer;
import org.measuresqa.support.TestIndex;

/** Whether a measure gives the figure asked, read as a reader of Chinese would. */
class NotGivenCheckTest {

    /** The measure whose only sum per ship is a saving ("平均每船节约成本…万元"). */
    private static final Measure SAVING_ONLY = TestIndex.corpus().measures().stream().filter(m -> m.number() == 23).findFirst().orElseThrow();

    private static final QueryAnalyzer ANALYZER = new QueryAnalyzer(TestIndex.corpus().measures());

    private static String unanswered(String question) {
        Ask ask = ANALYZER.analyze(question).ask();
        return NotGivenCheck.unanswered(ask.quantities(), ask.clauses(), SAVING_ONLY);
    }

    @Test
    void a_charge_is_not_stated_by_a_saving_of_money() {
        assertThat(unanswered("转籍的时候每艘船得付多少手续费？")).as("a fee paid").isNotNull();
        assertThat(unanswered("办一次证，收费标准是多少钱？")).as("a charge").isNotNull();
    }

    @Test
    void a_saving_is_stated_by_a_saving_and_a_charge_check_leaves_other_sums_alone() {
        assertThat(unanswered("平均每艘船能节约多少钱？")).as("a saving asked").isNull();
        assertThat(unanswered("每艘船的成本降了多少钱？")).as("a change asked").isNull();
    }

    @Test
    void a_rate_with_one_character_mistyped_is_the_rate_the_text_names() {
        assertThat(NotGivenCheck.namesRateNearly("网上办成率", "全程网办率达92%")).as("办成 for 网办").isFalse();
        assertThat(NotGivenCheck.namesRateNearly("全程网半率", "全程网办率达92%")).as("半 for 办").isTrue();
        assertThat(NotGivenCheck.namesRateNearly("数据转换率", "数据转化率提升至95%")).as("换 for 化").isTrue();
        assertThat(NotGivenCheck.namesRateNearly("贷款利率", "平均费率较试点前下降")).as("another rate").isFalse();
    }

    @Test
    void the_thing_counted_is_the_noun_not_a_demonstrative_or_the_verb_after_it() {
        assertThat(unanswered("一共有多少艘船走了这条路？")).as("船, then a verb").isNull();
        assertThat(unanswered("截至去年一共办了多少艘这类船舶？")).as("a demonstrative").isNull();
    }
}
