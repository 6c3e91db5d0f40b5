package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestReaderTest {

    @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
    @CsvSource(delimiter = ';', value = {
            // background that names other cities or headings: the request alone says which measures
            "我们在研究沿海城市如何对接港澳，需要和厦门、浦东的路子区分开；请只列出深圳报的营商环境类举措。;深圳;优化营商环境;''",
            "课题组关注数据要素、土地市场这些话题，烦请将来源为浦东新区的做法全部列出来。;浦东新区;'';''",
            "有的经验只在部分地方试，有的在长三角，请帮忙把推广范围写明“具备条件的地区”的几条找出来。;'';'';具备条件地区",
            "为了年度评估：社会事业和空间治理这个板块一共收了几条？;'';社会事业和空间治理;''",
            // a condition the background states and the request does not: the whole question is read
            "不要浦东的。请列出对外开放板块的举措。;厦门|深圳;高水平对外开放;''",
            // the request leans on the background
            "深圳在对外开放方面做了不少探索，请列出其中推广到全国的。;深圳;高水平对外开放;全国",
            // a closing sentence that only says what the answer is for names no condition
            "科创类里厦门的有几项？我们希望据此比较它和深圳、浦东的差别。;厦门;科技创新体制机制;''",
    })
    void a_request_after_background_is_read_by_its_own_conditions(String question, String sources, String categories, String scopes) {
        Filters f = Readings.read(question).filters();
        assertThat(f.sources()).containsExactlyInAnyOrderElementsOf(Readings.set(sources));
        assertThat(f.categories()).containsExactlyInAnyOrderElementsOf(Readings.set(categories));
        assertThat(f.scopes()).containsExactlyInAnyOrderElementsOf(Readings.set(scopes));
    }
}
