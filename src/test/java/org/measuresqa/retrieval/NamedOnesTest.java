package org.measuresqa.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedOnesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "这个平台是哪家公司建的;公司",
            "牵头的是哪个协会;协会",
            "签约的银行具体是哪几家;银行",
            "参与试点的是哪3个港口;港口",
            "权利人来自哪几个省份;省份",
            "合作的医院有哪些;''",
            "哪些企业可以申请;''",
            "签约的具体是哪些银行;银行",
            "入驻的分别是哪几家律所;律所",
            "合作学校到底是哪几所;学校",
            "承销银行叫什么;银行",
            "这是哪个城市的做法;''",
            "这个做法叫什么名字;''",
            // the places an agreement was made with, not the measure's own city
            "参加试点的是哪几家药企;药企",
            "备忘录是和哪些地区签署的;地区",
            "和哪几座城市开展了合作;城市",
            "跟哪些省份实现了通办;省份",
            "试用覆盖了哪8个行业;行业",
            // the place is asked; the kind is the object of the verb after it
            "想知道哪个区把保险公司都拉进平台;''",
    })
    void a_particular_one_is_asked_by_which_with_a_classifier(String clause, String kind) {
        assertThat(NamedOnes.askedKind(clause)).isEqualTo(kind.isEmpty() ? null : kind);
    }

    @ParameterizedTest(name = "{0}: {1} named {2}")
    @CsvSource(delimiter = ';', value = {
            "吸引多家头部律所入驻平台;律所;false",
            "推动试点港口之间结果互认;港口;false",
            "新能源汽车从厦门港出口;港口;true",
            "聚集了“海上丝路仲裁中心”等服务机构;机构;true",
            "由上海电子口岸运营机构负责;机构;true",
            "来自5个省市的著作权人;省市;false",
            "来自江苏、浙江的著作权人;省市;true",
            "鼓励金融机构创新产品;机构;false",
            "药品在区属综合医院上架;医院;false",
            "上海公立医院开展试点;医院;false",
            "发挥外商投资企业协会作用;公司;false",
            // names enumerated before the kind word name the ones of that kind; enumerated kinds do not
            "在新材料、集成电路、人工智能等重点领域开展试点;行业;true",
            "吸纳知名律所、公证机构等专业机构;机构;false",
    })
    void a_kind_is_no_name_but_a_place_or_quoted_name_before_it_is(String text, String kind, boolean named) {
        assertThat(NamedOnes.named(kind, text)).isEqualTo(named);
    }

    @ParameterizedTest(name = "{0} after {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "分别叫什么;平台上的涉外律所有几家;律所",
            "能给个名单吗;承销的是哪几家银行;银行",
            "有名单吗;一共引进了多少家机构;机构",
            // the clause before names firms but neither counts them nor asks which: "叫什么" asks the measure's name
            "叫什么;帮企业把质量问题逐条解决的那项做法;''",
            "效果怎么样;律所有几家;''",
            "帮我把名字列一下;承销的有几家银行;银行",
            "医院名字有吗;在哪几家医院试点;医院",
            "能具体说一下吗;权利人来自哪几个省份;省份",
    })
    void names_asked_after_a_count_or_a_which_are_names_of_that_kind(String clause, String previous, String kind) {
        assertThat(NamedOnes.namesAskedAfter(clause, previous)).isEqualTo(kind.isEmpty() ? null : kind);
    }
}
