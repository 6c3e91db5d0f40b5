package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "上海浦东搞了哪些改革;浦东新区",
            "浦东新区的经验;浦东新区",
            "厦门和深圳分别有几条;厦门|深圳",
            "Shenzhen 的举措;深圳",
            "xiamen port 有什么经验;厦门",
            "罗湖区那个跨境信用卡;深圳",
            "张江园区的职称评审;浦东新区",
            "海沧港区的储能集装箱;厦门",
            "前海的跨境支付;深圳",
            // the cities' nicknames; what is left out with its word for entries between ("某市的条目剔除")
            "申城报了哪些;浦东新区",
            "魔都和鹭城一共几条;浦东新区|厦门",
            "把深圳的举措剔除，剩下的列一下;厦门|浦东新区",
            "深圳的先不要，其余列一下;厦门|浦东新区",
            "洋山港的水水中转;浦东新区",
            "全国推广的举措;''",
            "对外开放里不是厦门的有哪几条;深圳|浦东新区",
            "除了深圳以外的经验;厦门|浦东新区",
            "来源不在厦门的有几项;深圳|浦东新区",
            "不是来自浦东的那些;厦门|深圳",
            "把深圳的都去掉，剩下几项;厦门|浦东新区",
            "刨除深圳与浦东的，剩哪些;厦门",
            "SZ的有几条;深圳",
            "厦门不要求企业提交什么;厦门",
            "知识产权证券化;''",
    })
    void names_districts_ports_and_pinyin_read_as_their_city(String question, String expected) {
        assertThat(Readings.read(question).filters().sources()).containsExactlyInAnyOrderElementsOf(Readings.set(expected));
    }

    @ParameterizedTest(name = "{0} keeps {1} as a topic word")
    @CsvSource(delimiter = ';', value = {"罗湖给港人办了多少信用卡;罗湖", "张江的技能评价怎么做;张江"})
    void a_district_stays_in_the_topic_because_the_document_names_districts_too(String question, String district) {
        assertThat(Readings.read(question).topic().terms()).contains(district);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"深圳在数据方面做了什么;罗湖", "厦门的举措;海沧"})
    void a_city_name_is_taken_out_of_the_topic(String question, String notThere) {
        assertThat(Readings.read(question).topic().terms()).doesNotContain("深圳", "厦门", notThere);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"由深圳提供的有哪几条", "浦东新区报送了哪些经验", "厦门市所总结的经验都列一下"})
    void the_verb_that_says_who_supplied_a_measure_is_no_topic(String question) {
        assertThat(Readings.read(question).topic().present()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"前海那边的经验都列一下", "洋山港所在的新区有几项入选", "海沧湖里那一带报了哪些",
            "蛇口南山那边 深圳一共多少条"})
    void in_a_list_or_count_a_district_only_names_its_city(String question) {
        // (and when it asks nothing but a count: "前海那边一共多少条")
        assertThat(Readings.read(question).topic().present()).isFalse();
    }
}
