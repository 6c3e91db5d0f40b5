package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting and listing apply only when the thing counted or listed is measures. */
class IntentReaderTest {

    @ParameterizedTest(name = "{0} → count {1}")
    @CsvSource(delimiter = ';', value = {
            "深圳总共入选了几项;STRONG",
            "营商环境类包含几条;STRONG",
            "推广到全国的措施有多少个;STRONG",
            "和数据有关的有几项;STRONG",
            "前十条里有几条是厦门的;STRONG",
            "证券化产品一共发行了多少单;NONE",
            "协同保护中心受理了多少件案件;NONE",
            "外资企业参与制定了多少项国家标准;NONE",
            "环评申请材料现在要交几项;WEAK",
            "第25条及以后，浦东的有几个;STRONG",
            "编号20以内属于深圳的有多少;STRONG",
            "证券化产品发了有多少;NONE",
            "补贴每个月能领多少;NONE",
            "来源标着浦东的 一共多少;STRONG",
            // the document's measures are what people call its cases; a case library inside one measure is not
            "社会事业方面入选了多少个案例;STRONG",
            "海外典型案例库收了多少个;NONE",
            // one measure pointed at first: a bare count is of things inside it
            "碳足迹认证那条：涉及领域认证的又是几项;WEAK",
            "环境责任险方面的有几项;STRONG",
            // a bare count with a scope stated is a count of measures
            "厦门报的里头，被定为能全国推的共多少项;STRONG",
    })
    void a_count_of_measures_is_not_a_count_inside_one_measure(String question, Confidence count) {
        assertThat(Readings.read(question).intent().count()).isEqualTo(count);
    }

    @ParameterizedTest(name = "{0} → list {1}")
    @CsvSource(delimiter = ';', value = {
            "跟航运有关的举措有哪些;STRONG",
            // a clause ending in 的 before the measure noun describes the measures listed
            "有哪些同航运沾边的举措;STRONG",
            "有哪些面向绿色低碳的做法;STRONG",
            "那个改革有哪些值得借鉴的做法;NONE",
            "它有哪些提速的办法;NONE",
            "船舶转籍有哪些提速的办法;NONE",
            "把厦门的举措都列出来;STRONG",
            "浦东报的那些条目，挨个过一遍;STRONG",
            "深圳那几条按序号排出来;STRONG",
            "科技创新那一类下面都有啥;STRONG",
            "浦东在科技创新方面都有哪些做法;STRONG",
            "营商环境类包括哪几项;STRONG",
            "双边预录入跟哪些国家对接了;NONE",
            "海外维权建了哪些库;NONE",
            "碳足迹认证具体采取了哪些做法;NONE",
            "只在长三角推的那几条，帮我挑出来;STRONG",
            "把浦东报的都找出来;STRONG",
            "绿色发展这块有哪些好做法;STRONG",
            "想找提升口岸效率的办法，材料里有哪些;STRONG",
            "这项改革以后，哪些可以不用排队了;WEAK",
            "跨境征信平台有哪些做法;NONE",
            "哪些是仅在长三角铺开的;STRONG",
            "具体都包括哪些做法？;NONE",
            "学校早早把会画画的学生挑出来单独培养，是哪项经验;NONE",
            "把深圳的都挑出来;STRONG",
            "港企在内地贷款难，深圳那边有什么改革吗;WEAK",
            "深圳有什么改革吗;STRONG",
            // "在…上有什么做法": the practices of an area are its measures
            "厦门在环保、治污上有啥做法可以参考;STRONG",
            // what is listed from the document is its measures, though a reader is named before
            "我们是药企，材料里能找到哪些专为药企设计的做法;STRONG",
            // the items' own classifier followed by a predicate stands for the items
            "哪几项目前只在长三角推;STRONG",
            "哪几条尚未写明能全国复制;STRONG",
            "哪几条线路开通了;NONE",
            // list verbs of paperwork, and a predicate right after 哪些
            "营商那块的条目整理出来;STRONG",
            "深圳报的列下名字;STRONG",
            "哪些不是深圳报的;STRONG",
            "把浦东的都拎出来;STRONG",
    })
    void a_list_of_measures_is_not_a_list_of_things_inside_one(String question, Confidence list) {
        assertThat(Readings.read(question).intent().list()).isEqualTo(list);
    }
}
