package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryReaderTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = ';', value = {
            "要素市场化改革有几项;要素市场化改革;STRONG",
            "要素市场化配置改革方面的经验;要素市场化改革;STRONG",
            "科技创新体制机制改革这一块;科技创新体制机制;STRONG",
            "科创体制机制里有哪些;科技创新体制机制;STRONG",
            "对外开放方面做了什么;高水平对外开放;STRONG",
            "推进高水平对外开放的举措;高水平对外开放;STRONG",
            "营商环境类有哪些;优化营商环境;STRONG",
            "社会民生和空间治理这块;社会事业和空间治理;STRONG",
            "这条属于科技创新吗;科技创新体制机制;STRONG",
            "和科技创新有关的知识产权举措;科技创新体制机制;WEAK",
            "跨境信用卡办了多少张;'';NONE",
            "科技类的举措有哪些;科技创新体制机制;STRONG",
            "民生领域有什么经验;社会事业和空间治理;STRONG",
            "社会保险关系转接怎么办;'';NONE",
            "除了营商环境那块，别的类都列出来;要素市场化改革|科技创新体制机制|高水平对外开放|社会事业和空间治理;STRONG",
            "不属于要素市场化改革的浦东举措;科技创新体制机制|高水平对外开放|优化营商环境|社会事业和空间治理;STRONG",
            "科技创新体制机制以外的有几项;要素市场化改革|高水平对外开放|优化营商环境|社会事业和空间治理;STRONG",
            "是不是属于营商环境类;优化营商环境;STRONG",
            "第二部分有多少条来自深圳;科技创新体制机制;STRONG",
            "文件第4大类讲了什么;优化营商环境;STRONG",
            "除了第一部分，剩下的有几项;科技创新体制机制|高水平对外开放|优化营商环境|社会事业和空间治理;STRONG",
            "营商环境优化这部分列一下;优化营商环境;STRONG",
            "目录里排第三的那个大类有几项;高水平对外开放;STRONG",
            "民生那部分有几条;社会事业和空间治理;STRONG",
            "营商环境类都拿掉以后还剩哪几条;要素市场化改革|科技创新体制机制|高水平对外开放|社会事业和空间治理;STRONG",
            // ordinals joined under one marker, a rank after the marker, the last heading
            "第一和第三部分一共多少条;要素市场化改革|高水平对外开放;STRONG",
            "五个大类里排第二的那个有哪些;科技创新体制机制;STRONG",
            "最后一个部分都有哪些;社会事业和空间治理;STRONG",
            // a negation carries over headings joined to the one it stands by, and a marker after a pointer
            "除去营商环境与要素市场化改革，剩下几类共几条;科技创新体制机制|高水平对外开放|社会事业和空间治理;STRONG",
            "撇开对外开放板块不谈，还有多少条;要素市场化改革|科技创新体制机制|优化营商环境|社会事业和空间治理;STRONG",
            "把科创那组列下;科技创新体制机制;STRONG",
    })
    void headings_are_read_by_name_long_form_and_variant_with_a_confidence(String question, String category, Confidence confidence) {
        Filters f = Readings.read(question).filters();
        assertThat(f.categories()).containsExactlyInAnyOrderElementsOf(Readings.set(category));
        assertThat(f.categoryConfidence()).isEqualTo(confidence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"第三部分说高水平开放的那些，共几条", "第二类写科创体制的，都列一下",
            "第五板块社会治理那块有哪些"})
    void a_short_form_of_the_heading_named_is_no_topic_of_its_own(String question) {
        assertThat(Readings.read(question).topic().present()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"第二部分里跟专利融资有关的", "营商环境那块里讲航运的"})
    void a_topic_beside_a_heading_stays_a_topic(String question) {
        assertThat(Readings.read(question).topic().present()).isTrue();
    }
}
