package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {

    @ParameterizedTest(name = "{0} → {1} / unknown {2} / step {3}")
    @CsvSource(delimiter = ';', value = {
            "第18项讲的什么;18;'';0",
            "第六条和第二十三条;6|23;'';0",
            "12号举措;12;'';0",
            "#7 是哪个城市的;7;'';0",
            "举措 30 的效果;30;'';0",
            "第十九项;19;'';0",
            "第11项到第13项;11|12|13;'';0",
            "前四项分别是什么;1|2|3|4;'';0",
            "最后一条是哪个;32;'';0",
            "第40项讲什么;'';40;0",
            "第9条后面那一条;9;'';1",
            "前一项呢;'';'';-1",
            "截至2024年第三季度供了19宗地;'';'';0",
            // a rank ("排第一的", "名列第一") is no measure's number
            "听说光伏板在那边出口里排第一的;'';'';0",
            "它在全国名列第一的是哪项指标;'';'';0",
            "进口额第一的货物是哪一类;'';'';0",
            "第一的效果怎么样;1;'';0",
            "这32项里哪些是深圳的;'';'';0",
            "20-25条讲了什么;20|21|22|23|24|25;'';0",
            "序号20到22的举措;20|21|22;'';0",
            "20号到22号举措;20|21|22;'';0",
            "编号为7的举措;7;'';0",
            "2021—2023年获奖多少人次;'';'';0",
            "序号28以后（不含28）还有哪些;29|30|31|32;'';0",
            "从第30条开始的几项;30|31|32;'';0",
            "第4条之前的;1|2|3;'';0",
            "第29项及以后的条目都有谁;29|30|31|32;'';0",
            "第3条及以前的是哪些城市的;1|2|3;'';0",
            "最后三条分别讲什么;30|31|32;'';0",
            "序号在28到30之间的;28|29|30;'';0",
            "序号大于29的讲什么;30|31|32;'';0",
            "编号不超过3的几条;1|2|3;'';0",
            "序号30以上有哪些;30|31|32;'';0",
            "序号前三的都是哪里报的;1|2|3;'';0",
            "编号排前4位的有几个来自厦门;1|2|3|4;'';0",
    })
    void measure_numbers_in_their_usual_forms_but_not_figures(String question, String numbers, String unknown, int step) {
        Numbers n = Readings.read(question).numbers();
        assertThat(n.measures()).containsExactlyElementsOf(Readings.numbers(numbers));
        assertThat(n.unknown()).containsExactlyElementsOf(Readings.numbers(unknown));
        assertThat(n.relativeStep()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} → item {1}")
    @CsvSource(delimiter = ';', value = {"它的第二个做法是什么;2", "第三个具体做法展开讲讲;3", "第3项是什么;0",
            // the document numbers practice items in brackets, never its measures
            "第(3)点讲了什么;3", "那（2）条是怎么操作的;2"})
    void an_ordinal_with_a_word_for_practice_names_a_practice_item_not_a_measure(String question, int item) {
        QueryAnalysis q = Readings.read(question);
        assertThat(q.ask().practiceItem()).isEqualTo(item);
        if (item > 0) assertThat(q.numbers().measures()).isEmpty();
    }
}
