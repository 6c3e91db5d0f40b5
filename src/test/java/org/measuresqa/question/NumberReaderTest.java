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
            // counted from the end; the last heading is no measure
            "倒数第三项讲的啥;30;'';0",
            "最后一个部分共几条;'';'';0",
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
            // ranges that run to the end or from the start, and the first or last few said in other words
            "从第29条一直到最后，哪些是深圳的;29|30|31|32;'';0",
            "序号30到末尾的举措;30|31|32;'';0",
            "从头数到第三条都是什么;1|2|3;'';0",
            "最前面的四项里有几项是浦东的;1|2|3|4;'';0",
            "开头三条讲的啥;1|2|3;'';0",
            "最后面的两项是哪里报的;31|32;'';0",
            "倒数三条都推广到哪;30|31|32;'';0",
            "序号是偶数、来自深圳的;2|4|6|8|10|12|14|16|18|20|22|24|26|28|30|32;'';0",
            "奇数编号的有多少条;1|3|5|7|9|11|13|15|17|19|21|23|25|27|29|31;'';0",
            "编号尾数为2的都讲啥;2|12|22|32;'';0",
            "发行单数是多少;'';'';0",
            "里面奇数的呢;1|3|5|7|9|11|13|15|17|19|21|23|25|27|29|31;'';0",
            "末尾那两项是什么;31|32;'';0",
            "从12号数到14号讲的是什么;12|13|14;'';0",
    })
    void measure_numbers_in_their_usual_forms_but_not_figures(String question, String numbers, String unknown, int step) {
        Numbers n = Readings.read(question).numbers();
        assertThat(n.measures()).containsExactlyElementsOf(Readings.numbers(numbers));
        assertThat(n.unknown()).containsExactlyElementsOf(Readings.numbers(unknown));
        assertThat(n.relativeStep()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} → {1} without {2}")
    @CsvSource(delimiter = ';', value = {"除掉第二条，还有哪些;'';2", "把5号去掉，剩下的呢;'';5", "前四项里不算第3项的;1|2|4;3"})
    void a_number_left_out_is_no_number_asked_about(String question, String numbers, String excluded) {
        Numbers n = Readings.read(question).numbers();
        assertThat(n.measures()).containsExactlyElementsOf(Readings.numbers(numbers));
        assertThat(n.excluded()).containsExactlyElementsOf(Readings.numbers(excluded));
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
