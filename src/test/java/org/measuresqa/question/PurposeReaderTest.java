package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurposeReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "为起草深圳年度工作总结，请把深圳的举措逐条列出，附上名称",
            "我们在做三地横向比较：浦东报送的有几项？请给出准确数字",
            "厦门的经验都列一下，序号和名称即可，写汇报要用",
            "第五部分（就业、医保、环保这些）收了几条",
            "要素市场化那一块，也就是土地、数据这类的内容，有哪几条",
            "深圳报的都列出来，供内部培训参考",
            "为了反映浦东在三地中的比重，请告知浦东一共入选几条",
            "优化营商环境那块总计几条？写年度报告要引用数据",
            // a listing after a heading's marker that ends in 等 describes the heading
            "营商环境大类包括审批、航运等事项，想知道这大类有几条",
    })
    void the_askers_purpose_and_the_answers_form_are_no_topic(String question) {
        assertThat(Readings.read(question).topic().present()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "我在写报告，深圳知识产权证券化发了多少单？",
            "我在写一份关于航运改革的材料，哪些条目能用？",
            "外资企业能不能参与起草国家标准？",
            "办环评审批要准备的申请材料有几项？",
            "厦门企业要交的材料，减少了多少？",
            "科技创新那个大类里和专利有关的是哪几条？",
    })
    void a_clause_that_asks_keeps_its_topic(String question) {
        assertThat(Readings.read(question).topic().present()).isTrue();
    }
}
