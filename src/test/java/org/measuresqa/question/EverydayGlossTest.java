package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An everyday word gets the document's word for the same thing after it; nothing is replaced or doubled. */
class EverydayGlossTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "家里的电动车能不能装船运走;家里的电动车 新能源汽车 能不能装船运走",
            "评高工可以跳级吗;评高工 高级职称 可以跳级 跨级 吗",
            "评高级技术资格要一级一级往上走吗;评高级技术资格 职称 要一级一级 逐级 往上走吗",
            "新能源汽车和电动车怎么出口;新能源汽车和电动车怎么出口",
            "老外来了怎么付钱;老外 境外人员 来了怎么付钱",
            "营商环境怎么样;营商环境怎么样",
            "工厂的温室气体怎么算清楚;工厂的温室气体 碳足迹 怎么算清楚",
            "货到了再换船走;货到了再换船 水水中转 走",
            "锂电池和光伏板怎么装船;锂电池和光伏板怎么装船 新三样",
            "进口血样要审批吗;进口血样 特殊物品 要审批吗",
    })
    void the_documents_word_follows_the_everyday_one(String question, String glossed) {
        assertThat(EverydayGloss.gloss(question)).isEqualTo(glossed);
    }
}
