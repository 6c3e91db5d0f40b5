package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "可以推广到全国的有哪些;全国",
            "面向全国推广的有几项;全国",
            "在全国范围复制的经验;全国",
            "只在有条件的地方推广的;具备条件地区",
            "限定在具备条件地区的举措;具备条件地区",
            "推广范围在长三角的;长三角区域",
            "哪些举措没能推广到全国;具备条件地区|长三角区域",
            "不是面向全国的有哪些;具备条件地区|长三角区域",
            // 不限 with no scope named lifts every limit; with one named it still negates that one
            "不限地方、全国各地都可以借鉴的有哪些;全国",
            "不限于长三角、推广范围又非全国的是哪几条;具备条件地区",
            "具备条件的省市可以推广的;具备条件地区",
            "条件成熟的地方推广的有哪些;具备条件地区",
            // some places with no condition named are both limited scopes; beside 长三角 they are the other one
            "只在部分地区推广的;具备条件地区|长三角区域",
            "部分地区或者长三角推的;具备条件地区|长三角区域",
            "不算部分地方和长三角的，还有几项;全国",
            "推广范围写着要有条件才能推开的是哪些;具备条件地区",
            "得当地有条件了再推的有几项;具备条件地区",
            "要满足基础条件的城市才推广的;具备条件地区",
            // no limit of place is the whole country; a negation does not reach across an enumeration comma
            "不受地域限制的条目;全国",
            "哪些没有试点限制、全国都能用;全国",
            "scope 不是 nationwide 的有几条;具备条件地区|长三角区域",
            "长三角这类区域的暂且不算，剩下非全国的有几条;具备条件地区",
            "推广范围没标“全国”的条目列出来;具备条件地区|长三角区域",
            "既不是全国也不是长三角的那种范围有哪些;具备条件地区",
            "除了具备条件地区以外，其余范围的举措;全国|长三角区域",
            "长三角以外的推广范围有哪几种举措;全国|具备条件地区",
            "长三角能推、不是全国的;长三角区域",
            "这项能不能推广到全国;全国",
            "这条是不是面向全国的;全国",
            "这一条推到全国了吗;全国",
            // a scope said only to be limited is both limited scopes; a named one after 限定在 is just that one
            "推广范围有所限制的条目;具备条件地区|长三角区域",
            "先在局部试行的经验有几项;具备条件地区|长三角区域",
            "只在某个区域铺开的有哪些;具备条件地区|长三角区域",
            "范围只限长三角那几条;长三角区域",
            // 全国 as the field's value, quoted or not
            "推广范围一栏写“全国”的有多少;全国",
            "范围填的全国的举措列一下;全国",
            // a negation carries over the scope joined to the one it negates
            "去掉有条件地区和长三角这两类，剩下的有几项;全国",
            "不算长三角或者部分地区的，还有哪些;全国",
            "只覆盖江浙沪皖的是哪条;长三角区域",
            "全国都能推的那些;全国",
            "得看当地条件再决定推不推的举措;具备条件地区",
            "福建省首例刑事附带民事案件;''",
            "全国首个代表处;''",
    })
    void scopes_are_read_with_negation_but_not_from_other_uses_of_quanguo(String question, String expected) {
        assertThat(Readings.read(question).filters().scopes()).containsExactlyInAnyOrderElementsOf(Readings.set(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"只在具备条件地区推广的是哪几条", "推广到全国的一共几项", "范围只覆盖长三角一带的是哪个",
            "不面向全国的那一大批都推到哪儿了",
            // verbs of rolling out and the negations around the scopes left out carry no topic either
            "挑条件成熟的地区先推开、不要求全国推行的条目有哪些", "有没有只让条件成熟的地区去推的"})
    void a_question_made_of_a_scope_and_its_verbs_has_no_topic(String question) {
        assertThat(Readings.read(question).topic().present()).isFalse();
    }
}
