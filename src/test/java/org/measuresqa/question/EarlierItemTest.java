package org.measuresqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A follow-up that only points at an item of the answer just given, by its place. */
class EarlierItemTest {

    @ParameterizedTest(name = "{0} → place {1}, listed {2}")
    @CsvSource(delimiter = ';', value = {
            "第四条再讲讲;4;false",
            "那第1点具体是怎么做的？;1;false",
            "刚才列的第二项是什么;2;true",
            "你列出来的第5个，展开说说;5;true",
    })
    void a_place_with_nothing_else_but_a_wish_to_hear_more_points_back(String question, int place, boolean listed) {
        EarlierItem.Reading r = EarlierItem.read(question);
        assertThat(r).isNotNull();
        assertThat(r.place()).isEqualTo(place);
        assertThat(r.listed()).isEqualTo(listed);
    }

    @ParameterizedTest(name = "{0} → place {1}")
    @CsvSource(delimiter = ';', value = {
            "它第三点里的平台是谁建的;3",
            "第二条提到的那个清单包括哪些内容？;2",
            "那刚才第1个，费用是怎么算的;1",
            "第四点里面说的标准是国际的吗;4",
            "第二条那个审核是怎么弄的;2",
            "第三项具体做了啥？主要想知道融资那块;3",
    })
    void a_place_pointed_back_at_in_words_keeps_its_own_ask(String question, int place) {
        EarlierItem.Reading r = EarlierItem.read(question);
        assertThat(r).isNotNull();
        assertThat(r.place()).isEqualTo(place);
        assertThat(r.ownAsk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "第18项讲的什么",
            "第3条推广到了哪些地方",
            "第12条里面说的平台是谁建的",
            "第二项举措是哪个城市的",
            "第三条的效果有数据吗",
            "船舶办证那条第二点提到了什么",
    })
    void a_measure_number_or_a_question_of_its_own_is_not_a_pointer(String question) {
        assertThat(EarlierItem.read(question)).isNull();
    }
}
