package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "这项改革效果如何;RESULTS",
            "具体是怎么操作的;PRACTICE",
            "推广范围是哪里;SCOPE",
            "它能在哪里推广;SCOPE",
            "是哪个城市的经验;SOURCE",
            "归在哪一类;CATEGORY",
            "文件把它分到哪一大类了;CATEGORY",
            "哪里搞的，成效怎么样;SOURCE|RESULTS",
            "挨个讲讲来源;SOURCE",
            "出处分别是？;SOURCE",
            "追溯体系如今推到什么程度了;RESULTS",
            "LNG加注缩短了多少时间;''",
            "检察官助理由谁来担任;''",
            "保险费率按什么来定;PRACTICE",
            "进口人体样本现在怎么管;PRACTICE",
            "拿证难，后来想了什么新招;PRACTICE",
    })
    void the_parts_of_a_measure_asked_about(String question, String focuses) {
        assertThat(Readings.read(question).ask().focuses()).containsExactlyInAnyOrderElementsOf(
                Readings.set(focuses).stream().map(Focus::valueOf).toList());
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = ';', value = {
            "证券化产品发了多少单;COUNT;单;''",
            "转籍办证要几个工作日;DURATION;个工作日;''",
            "加注一次要多久;DURATION;'';''",
            "贷款利率是多少;SHARE;'';''",
            "企业专家占多大比例;SHARE;'';''",
            "评委里高校来的人占多大比例;SHARE;'';''",
            "一共聘了多少名特邀检察官助理;COUNT;名;特邀检察官助理",
            "每个集装箱省下多少钱;MONEY;'';''",
            "帮香港企业拿到多少贷款;MONEY;'';贷款",
            "平台是哪一年上线的;DATE;'';''",
            "最早什么时候可以招标;ANY;'';''",
            "出口增长了几倍;MULTIPLE;'';''",
            "已经有多少项目建成了;ANY;'';项目",
            "团队能派几个人当评标专家;COUNT;个;''",
            "证书有效期是几年;DURATION;年;''",
            // everyday classifiers for what the document counts in its own: 条船 is 艘, 块地 is 宗
            "到今年3月给多少条船办好了;COUNT;艘;''",
            "一共有多少块地按这种方式供应;COUNT;宗;''",
            // "…的人有多少" counts people
            "已经拿到资质的人有多少;COUNT;人;''",
            // the noun after 多大 says what kind of figure: an area
            "到现在批出去的用地一共多大面积;AREA;'';''",
            // a noun after 的 is what is measured; the words before it only say whose
            "平均能少花多少跑审批的钱;MONEY;'';''",
            "要多少排队的时间;DURATION;'';''",
            // a locative ends the noun counted: 园区里 counts 园区
            "已在几个园区里推开;COUNT;个;园区",
            // a noun ending in 金 is money (租金, 保证金, 出让金)
            "每年要交多少保证金;MONEY;'';保证金",
    })
    void a_figure_asked_for_is_read_with_its_kind_unit_and_what_is_counted(String question, UnitClass kind, String unit, String counted) {
        Quantity q = Readings.read(question).ask().quantities().get(0);
        assertThat(q.unitClass()).isEqualTo(kind);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.counted()).isEqualTo(counted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"原来要多少个工作日，现在缩短到几个工作日;2", "发了多少单？规模有多大？;2", "具体怎么做的;0",
            // 好几 and 十几 say "quite a few"; they ask nothing
            "以前要跑好几个部门，现在合成一个窗口了吗;0", "十几项手续并成一项后，现在要几天;1",
})
    void each_clause_may_ask_its_own_figure(String question, int figures) {
        Ask ask = Readings.read(question).ask();
        assertThat(ask.quantities()).hasSize(figures);
        assertThat(ask.clauses()).isNotEmpty();
        assertThat(Arrays.asList(ask.clauses().toArray())).doesNotContain("");
    }

    @ParameterizedTest(name = "{0} → change {1}")
    @CsvSource(delimiter = ';', value = {"运输成本省了多少;true", "外省市的作者登记一次交多少钱;false", "全省推开以后要几天;false",
            // a comparison asks a change; a share's own 比 does not
            "保费比原来低了百分之几;true", "占比有多高;false"})
    void a_province_is_no_saving(String question, boolean change) {
        assertThat(Readings.read(question).ask().quantities().get(0).change()).isEqualTo(change);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"出口成本 down 了多少", "审批时间 cut 了几天", "手续费 lowered 多少"})
    void an_english_word_for_a_change_asks_a_change(String question) {
        assertThat(Readings.read(question).ask().quantities().get(0).change()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            // a time before the question word says when the figure holds, not what it measures
            "到今年3月累计给多少条船办好了;''",
            "截至2023年底累计发了多少单;''",
            // hedges ("一般", "通常") are no part of what is measured
            "贷款额度通常批多少;贷款额度",
            // words that point back at the measure ("这事办下来", "那样搞以后") name nothing measured
            "这事办下来有多少家企业受益;''",
            "那样搞以后省了多少钱;''",
    })
    void what_is_measured_is_neither_a_time_nor_a_hedge(String question, String attribute) {
        assertThat(Readings.read(question).ask().quantities().get(0).attribute()).isEqualTo(attribute);
    }

    @org.junit.jupiter.api.Test
    void a_count_of_a_measures_practices_asks_its_practices_not_a_figure() {
        var ask = Readings.read("碳足迹认证那项总共几条做法").ask();
        assertThat(ask.quantities()).isEmpty();
        assertThat(ask.focuses()).contains(Focus.PRACTICE);
    }
}
