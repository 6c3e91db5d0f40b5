package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalTokensTest {

    @Test
    void chinese_runs_become_overlapping_bigrams_so_two_character_words_are_terms() {
        assertThat(LexicalTokens.tokens("跨境信用")).containsExactly("跨境", "境信", "信用");
        assertThat(LexicalTokens.tokens("船舶")).containsExactly("船舶");
    }

    @Test
    void a_lone_character_is_kept_and_latin_words_and_numbers_are_whole_terms() {
        assertThat(LexicalTokens.tokens("水上LNG加注 2024年")).containsExactly("水上", "lng", "加注", "2024", "年");
    }

    @Test
    void traditional_and_full_width_text_folds_to_the_same_terms_as_simplified() {
        assertThat(LexicalTokens.tokens("知識產權證券化")).isEqualTo(LexicalTokens.tokens("知识产权证券化"));
        assertThat(LexicalTokens.tokens("ＬＮＧ")).containsExactly("lng");
    }

    @Test
    void punctuation_separates_terms() {
        assertThat(LexicalTokens.tokens("“查验分流”模式")).containsExactly("查验", "验分", "分流", "模式");
    }

    @Test
    void the_simplifier_maps_traditional_characters_and_leaves_everything_else_alone() {
        assertThat(Simplifier.simplify("碳足跡證書發了多少張")).isEqualTo("碳足迹证书发了多少张");
        assertThat(Simplifier.simplify("LNG 加注 2024")).isEqualTo("LNG 加注 2024");
        assertThat(Simplifier.simplify("醫產融合")).isEqualTo("医产融合");
    }
}
