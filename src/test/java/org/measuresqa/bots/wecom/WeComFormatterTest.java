package org.measuresqa.bots.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.Citation;

class WeComFormatterTest {

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void a_five_thousand_byte_text_is_split_into_pieces_under_2048_bytes_that_reassemble_exactly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; bytes(text.toString()) < 5000; i++) text.append("第").append(i).append("项举措缩短了通关时间[17]。").append(i % 7 == 0 ? "\n" : "");
        String original = text.toString();
        List<String> pieces = WeComFormatter.split(original, WeComFormatter.MAX_PIECE_BYTES);
        assertThat(pieces.size()).isGreaterThanOrEqualTo(3);
        for (String p : pieces) assertThat(bytes(p)).isLessThan(2048).isGreaterThan(0);
        assertThat(String.join("", pieces)).isEqualTo(original);
    }

    @Test
    void pieces_end_at_a_line_end_when_one_is_in_their_second_half() {
        String line = "一".repeat(99) + "\n"; // 298 bytes
        List<String> pieces = WeComFormatter.split(line.repeat(20), 2047);
        assertThat(pieces.get(0)).endsWith("\n");
        assertThat(bytes(pieces.get(0))).isEqualTo(298 * 6);
    }

    @Test
    void no_piece_cuts_an_emoji_or_a_letter_from_its_accent() {
        String text = ("😀" + "e\u0301" + "中").repeat(1000);
        List<String> pieces = WeComFormatter.split(text, 2047);
        assertThat(String.join("", pieces)).isEqualTo(text);
        for (String p : pieces) {
            assertThat(bytes(p)).isLessThan(2048);
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
            assertThat(p.charAt(0)).isNotEqualTo('\u0301');
        }
    }

    @Test
    void text_without_any_break_is_still_cut_under_the_limit() {
        String text = "a".repeat(10_000);
        List<String> pieces = WeComFormatter.split(text, 2047);
        assertThat(pieces).hasSize(5);
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void the_answer_ends_with_its_sources_linked_when_the_public_address_is_known() {
        Answer answer = new Answer("发行了**93单**[8]。", List.of(new Citation(8, "打造知识产权证券化特色品牌", "深圳", "q")), List.of(), false, "extractive", null);
        assertThat(new WeComFormatter("https://qa.example.org").format(answer)).containsExactly(
                "发行了**93单**[8]。\n\n> 来源\n> [8] [打造知识产权证券化特色品牌](https://qa.example.org/measures/8)（深圳）");
        assertThat(new WeComFormatter(null).format(answer).get(0)).endsWith("> [8] 打造知识产权证券化特色品牌（深圳）");
        Answer named = new Answer("第8项 打造知识产权证券化特色品牌（深圳）发行了93单[8]。", answer.citations(), List.of(), false, "extractive", null);
        assertThat(new WeComFormatter(null).format(named)).containsExactly(named.text());
    }
}
