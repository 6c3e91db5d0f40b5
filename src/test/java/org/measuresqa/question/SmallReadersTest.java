package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The premise, opinion, reference, place and topic readers. */
class SmallReadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "这条是推广到全国的吧？;STRONG", "听说发了两百多单，对吗;STRONG", "据说这是深圳的经验;WEAK", "发了多少单;NONE"})
    void premise(String question, Confidence premise) {
        assertThat(Readings.read(question).intent().premise()).isEqualTo(premise);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "你觉得哪条最有用;true", "依你看厦门和深圳谁做得更好;true", "这个做法明年会在哪些城市推开;true",
            "下一步会推广到哪些城市;true", "按病种打分结算怎么算;false", "调解优先推荐的效果;false",
            "改革以后办证要几个工作日;false"})
    void opinion(String question, boolean opinion) {
        assertThat(Readings.read(question).intent().opinion()).isEqualTo(opinion);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {"这些当中厦门的是哪几条;PLURAL", "它的推广范围呢;SINGULAR", "其它城市呢;NONE", "证券化发了多少单;NONE"})
    void reference(String question, Reference.Anaphora anaphora) {
        assertThat(Readings.read(question).reference().anaphora()).isEqualTo(anaphora);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {"杭州有哪些类似经验;杭州", "香港居民的支付;''", "成都的做法;成都"})
    void places_the_document_does_not_cover(String question, String place) {
        assertThat(Readings.read(question).otherPlaces()).containsExactlyElementsOf(Readings.set(place));
    }

    @ParameterizedTest(name = "{0} → present {1}, stray {2}")
    @CsvSource(delimiter = ';', value = {
            "深圳有哪些举措;false;false", "厦门捣鼓出了哪几项;false;true", "深圳有什么好吃的;false;true",
            "厦门有哪些和船舶有关的举措;true;false", "LNG bunkering 时间;true;true",
            // a broad topic the document covers in other words (环保: 污染, 排污, 碳…) is something to search for
            "浦东有哪些关乎环保的举措;true;true",
            // words for "how many" say nothing of what the measures are about
            "科创类举措的总数;false;false", "营商环境那类条目的数量;false;false",
            "厦门跟浦东两地加起来的条目;false;false"})
    void topic(String question, boolean present, boolean stray) {
        Topic t = Readings.read(question).topic();
        assertThat(t.present()).isEqualTo(present);
        assertThat(t.stray()).isEqualTo(stray);
    }
}
