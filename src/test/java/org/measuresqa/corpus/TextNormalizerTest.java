package org.measuresqa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void tags_go_and_spaces_next_to_chinese_go_but_spaces_between_latin_words_stay_single() {
        assertThat(TextNormalizer.clean("<p>截至 2024 年，PSA 国际 港务</p>  <p>Asia Pacific</p>"))
                .isEqualTo("截至2024年，PSA国际港务Asia Pacific");
    }

    @Test
    void ascii_commas_inside_chinese_sentences_become_chinese_commas() {
        assertThat(TextNormalizer.clean("一次申报, 双边通关; 完成")).isEqualTo("一次申报，双边通关；完成");
    }

    @Test
    void loose_containment_ignores_width_and_white_space() {
        assertThat(TextNormalizer.looselyContains("发行规模 208 亿元（其中）", "208亿元(其中)")).isTrue();
        assertThat(TextNormalizer.looselyContains("发行规模208亿元", "209亿元")).isFalse();
    }
}
