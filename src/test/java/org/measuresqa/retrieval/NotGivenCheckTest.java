package org.measuresqa.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        return unanswered(question, SAVING_ONLY);
    }

    private static String unanswered(String question, int measure) {
        return unanswered(question, TestIndex.corpus().measures().stream().filter(m -> m.number() == measure).findFirst().orElseThrow());
    }

    private static String unanswered(String question, Measure m) {
        Ask ask = ANALYZER.analyze(question).ask();
        return NotGivenCheck.unanswered(ask.quantities(), ask.clauses(), m);
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
        assertThat(NotGivenCheck.namesRateNearly("全程网版率", "全程网办率达92%")).as("版 for 办").isTrue();
        assertThat(NotGivenCheck.namesRateNearly("数据转划率", "数据转化率提升至95%")).as("划 for 化").isTrue();
        assertThat(NotGivenCheck.namesRateNearly("贷款利率", "平均费率较试点前下降")).as("another rate").isFalse();
        assertThat(NotGivenCheck.namesNearly("交易额", "支付交易金额近90亿元")).as("one character more").isTrue();
        assertThat(NotGivenCheck.namesNearly("利率", "平均费率较试点前下降")).as("another word").isFalse();
    }

    @Test
    void an_everyday_noun_counts_the_things_the_document_names_in_its_own_word() {
        assertThat(unanswered("试点到现在一共有几家公司？", 13)).as("公司 for 企业").isNull();
        assertThat(unanswered("试点到现在一共有几家医院？", 13)).as("another thing").isNotNull();
    }

    @Test
    void a_short_form_names_what_its_long_form_names() {
        assertThat(NotGivenCheck.abbreviates("外资", "外商投资企业")).as("外资 for 外商投资").isTrue();
        assertThat(NotGivenCheck.abbreviates("医保", "医疗保障局")).as("医保 for 医疗保障").isTrue();
        assertThat(NotGivenCheck.abbreviates("外企", "外商投资企业")).as("外企 for 外商投资企业").isTrue();
        assertThat(NotGivenCheck.abbreviates("外资", "外省市的权利人出资")).as("too far apart").isFalse();
        assertThat(NotGivenCheck.abbreviates("资外", "外商投资")).as("out of order").isFalse();
        // measure 15 counts 外商投资企业 that 主导 standards: the short form and a plain synonym still count them
        assertThat(unanswered("当年共几家外资企业主动牵头修订国标？", 15)).as("short form and synonym").isNull();
        assertThat(unanswered("当年共几家外资银行主动牵头修订国标？", 15)).as("another thing").isNotNull();
    }

    @Test
    void how_long_a_step_takes_is_not_given_by_how_much_it_shrank() {
        // measure 31 states its approval time only as a reduction ("减少审批时限…个工作日")
        assertThat(unanswered("现在办一个环评批复要花几个工作日？", 31)).as("the time it takes").isNotNull();
        assertThat(unanswered("审批时限一共减了几个工作日？", 31)).as("the reduction").isNull();
        // measure 17 states a time it now takes ("压缩至30分钟以内")
        assertThat(unanswered("进口货物卸船后到查验场位要多少分钟？", 17)).as("a time reached").isNull();
    }

    @Test
    void a_figure_reported_under_one_aspect_does_not_answer_for_another() {
        // measure 17 reports minutes under 海运 and only a rise in efficiency under 空运
        assertThat(unanswered("空运进来的货，现在查一次要几分钟？", 17)).as("another aspect").isNotNull();
        assertThat(unanswered("海运进口的货，卸船后多少分钟能到查验场位？", 17)).as("the aspect with the figure").isNull();
        assertThat(unanswered("空运的效率提了多少？", 17)).as("the aspect's own figure").isNull();
    }

    @Test
    void people_counted_are_named_by_what_they_are_where_the_measure_counts_them() {
        // measure 3 counts the people who won a title, in a sentence that names 评审 but no 专家
        assertThat(unanswered("高级职称那块，评审专家总共聘了多少位？", 3)).as("experts").isNotNull();
        assertThat(unanswered("获评高级职称的人总共有多少位？", 3)).as("those who won it").isNull();
    }

    @Test
    void the_thing_counted_is_the_noun_not_a_demonstrative_or_the_verb_after_it() {
        assertThat(unanswered("总共多少艘船走完了流程？")).as("船, then a verb").isNull();
        assertThat(unanswered("截至去年一共办了多少艘这类船舶？")).as("a demonstrative").isNull();
    }

    /**
     * Measure 3 states no money and gives its experts' shares as fractions; 21 only a growth of 100%; 23 its processing
     * days; 16 a rate between China and 新加坡; 6 a count of 验证数据 in 笔 and 直赔 with no count; 18 only spans of months
     * ("截至2024年9月", "2024年1-9月"); 24 申报时长, never 时间; 19 its export count as of 2024 and a saving per voyage;
     * 30 a 最低责任限额 only where it states no sum; 27 no money at all.
     */
    @ParameterizedTest(name = "{0} (measure {1}) given: {2}")
    @CsvSource(delimiter = ';', value = {
            "参评一次要交多少费用？能给个具体数字吗;3;false",
            "非现金支付里港人占了多大比例？;21;false",
            "评审专家中高校来的占多大比例？;3;true",
            "办转籍要提前几个工作日预约？;23;false",
            "转籍现在几个工作日能办好？;23;true",
            "跟泰国那边打通以后，数据转化率到了多少？;16;false",
            "跟新加坡那边打通以后，数据转化率到了多少？;16;true",
            "公立医院那边保险直赔做了几单？;6;false",
            // "有没有具体人数" insists on the figure asked; they ask nothing else that could be answered
            "公立医院那边保险直赔服务了多少名港人？有没有具体人数;6;false",
            // a saving of money may be answered by a share only where the share is of a cost: 16's 95% is a rate
            "预录入数据打通后，报关一票能省下多少费用？;16;false",
            "批量混载出海以后，运输的成本能省多少？;20;true",
            // certificates are counted in 张 or 份 alike
            "许可证到目前发了多少张？;32;true",
            // money people pay ("支付") is money spent, as a budget is
            "香港居民来深圳消费，不带现金一共花了多少钱？;21;true",
            // "有没有上限" insists on the figure asked; a price per unit of fuel is no total
            "评审一次收多少钱？有没有收费标准;3;false",
            // a sum of money asked is not given by a saving, unless a saving (or a loss avoided) is what is asked
            "新能源车出口对应的出口额是多少亿元？;19;false",
            "转籍改革以后每条船少花了多少钱？;23;true",
            "海外维权挽回的损失有多少？;11;true",
            "加注的燃料每立方米多少钱？;18;false",
            // "X里，Y占几家": a part of the count, which the measure does not give
            "平台上的机构里，涉外律所占几家？;22;false",
            // a part of a whole the question cites: the measure states the whole only
            "转籍办完的那66艘里，外籍船有几艘？;23;false",
            "省下来的4662万元中，核定费用占多少？;32;false",
            // another figure of the same things is no part of them
            "这93单里一共融到多少钱？;8;true",
            "验证平台产生的验证数据有多少单？;6;true",
            "深圳港的首单LNG加注是在哪年哪月？;18;false",
            "新三样中转申报可以少花多少时间？;24;true",
            "2022这一年，厦门整车外运卖出去几辆电动轿车？;19;false",
            "截至2024年第三季度，经厦门港外运的新能源汽车累计几辆？;19;true",
            "一条船每次能运几辆整车？;19;false",
            "企业投保的最低限额一般是多少万元？;30;false",
            "环境责任险的保额到了多少亿元？;30;true",
            "验证平台现在活跃用户有多少？;6;false",
            "分值付费推开后，医保基金每个年度节余多少亿？;27;false",
            "港企拿到的境内贷款有多少亿？;6;true",
            "试点中港资企业一共贷到多少款？;6;true",
            "平台的验证数据是多少来着？;6;true",
            "这些证券化产品一共使几家企业受益？;8;true",
            // "降了几个点" asks a share; a year range asked covers the text's range ("2021—2023年")
            "环境责任险费率和试点前相比低了几个点？;30;true",
            "从2021到2023，学生获国家级以上奖项累计多少人次？;2;true",
            "2024年学生获国家级以上奖项累计多少人次？;2;false",
            // a year said by its last two digits; a length of time is no year
            "22年整车外运卖出去几辆电动轿车？;19;false",
            "到24年第三季度，外运的新能源车累计有几辆？;19;true",
            // a rate of an act is given by a share of the act itself ("100%入院")
            "目录里的耗材在区属综合医院的入院率是多少？;14;true",
            // a counted noun mistyped in one character beside a figure in the very unit asked
            "纳入扩大试点的有几个项木？;5;true",
            "纳入扩大试点的有几个标段？;5;false",
            "目录里的耗材在区属综合医院的退货率是多少？;14;false",
    })
    void a_figure_is_given_only_by_a_sentence_that_states_what_was_asked(String question, int measure, boolean given) {
        assertThat(unanswered(question, measure) == null).isEqualTo(given);
    }

    @Test
    void a_part_named_after_a_whole_needs_its_own_figure() {
        assertThat(unanswered("这些产品里面，面向高校的占了几单？", 8)).as("a kind of product the total does not split").isNotNull();
        assertThat(unanswered("其中民营企业的有多少单？", 8)).as("a part named only in the practice").isNotNull();
        assertThat(unanswered("那些加注单里，外籍船舶占几单？", 18)).as("a part the text never counts").isNotNull();
        assertThat(unanswered("这些里面2024年1-9月完成了几单？", 18)).as("a part the text counts").isNull();
        assertThat(unanswered("其中发行规模有多大？", 8)).as("another figure of the whole, not a part").isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "其中外资的有几家;外资",
            "这100单里面，小微企业占了多少单;小微企业",
            "这些试点里，海运和空运各占多少;海运|空运",
            "那些里面，发行规模多大;''",
            "其中有多少单;''",
            // a measure referred to is no whole of things counted
            "证券化那条里，一共发了多少单;''",
            "这项里面提到的平台有几个;''",
            "这个平台一共有几家机构;''",
    })
    void the_parts_a_question_names_after_a_whole(String question, String parts) {
        assertThat(NotGivenCheck.partsNamed(question)).containsExactlyElementsOf(
                parts.isEmpty() ? java.util.List.of() : java.util.List.of(parts.split("\\|")));
    }

    private static String unnamedIn(String question, int measure) {
        Ask ask = ANALYZER.analyze(question).ask();
        return NotGivenCheck.unnamed(ask.clauses(), TestIndex.corpus().measures().stream().filter(m -> m.number() == measure).findFirst().orElseThrow());
    }

    @Test
    void a_charge_is_given_only_by_a_measure_that_speaks_of_charges() {
        assertThat(unnamedIn("企业找这个平台做数据核验，收不收钱？", 6)).as("no charge named").isEqualTo("收费");
        assertThat(unnamedIn("按病种结算以后，病人看病是不是就免费了？", 27)).as("paying for care is no charge to users").isEqualTo("收费");
        assertThat(unnamedIn("调解是怎么对接执法的？要收费吗？", 10)).as("another thing asked can be answered").isNull();
    }

    @Test
    void a_level_asked_is_not_given_by_how_much_it_moved() {
        assertThat(unanswered("环境污染险如今的费率是百分之多少？", 30)).as("only the fall is stated").isNotNull();
        assertThat(unanswered("环境污染险的费率降了百分之多少？", 30)).as("the fall asked").isNull();
    }
}
