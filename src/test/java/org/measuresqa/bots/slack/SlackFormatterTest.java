package org.measuresqa.bots.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.Citation;

class SlackFormatterTest {

    private static Answer answer(String text, Citation... citations) {
        return new Answer(text, List.of(citations), List.of(), false, "extractive", null);
    }

    @Test
    void markdown_bold_links_headings_and_bullets_become_mrkdwn() {
        SlackFormatter f = new SlackFormatter(null);
        assertThat(f.mrkdwn("厦门**港口**很忙")).isEqualTo("厦门\u200B*港口*\u200B很忙");
        assertThat(f.mrkdwn("见[文件](https://example.org/a?x=1&y=2)")).isEqualTo("见<https://example.org/a?x=1&amp;y=2|文件>");
        assertThat(f.mrkdwn("## 实施效果")).isEqualTo("\u200B*实施效果*\u200B");
        assertThat(f.mrkdwn("- 第一\n* 第二")).isEqualTo("• 第一\n• 第二");
    }

    @Test
    void the_three_control_characters_are_escaped_in_literal_text() {
        assertThat(new SlackFormatter(null).mrkdwn("a<b & c>d <@U123> <!channel>"))
                .isEqualTo("a&lt;b &amp; c&gt;d &lt;@U123&gt; &lt;!channel&gt;");
    }

    @Test
    void citations_link_to_the_measure_when_the_public_address_is_known() {
        assertThat(new SlackFormatter("https://qa.example.org").mrkdwn("发行了93单[8][17]。"))
                .isEqualTo("发行了93单<https://qa.example.org/measures/8|[8]><https://qa.example.org/measures/17|[17]>。");
        assertThat(new SlackFormatter(null).mrkdwn("发行了93单[8]。")).isEqualTo("发行了93单[8]。");
    }

    @Test
    void the_reply_ends_with_the_cited_measures_the_text_does_not_name() {
        List<String> messages = new SlackFormatter("https://qa.example.org")
                .format(answer("发行了93单[8]。", new Citation(8, "打造知识产权证券化特色品牌", "深圳", "……93单……")));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).endsWith("*来源*\n• <https://qa.example.org/measures/8|[8]> 打造知识产权证券化特色品牌（深圳）");
    }

    @Test
    void a_measure_the_text_already_names_is_not_listed_again() {
        List<String> messages = new SlackFormatter(null).format(answer("根据第8项 打造知识产权证券化特色品牌（深圳）：发行了93单。[8]",
                new Citation(8, "打造知识产权证券化特色品牌", "深圳", "……93单……")));
        assertThat(messages).containsExactly("根据第8项 打造知识产权证券化特色品牌（深圳）：发行了93单。[8]");
    }

    @Test
    void a_long_answer_is_split_into_messages_under_the_limit_without_breaking_a_link() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) text.append("第").append(i).append("句话讲的是通关时间缩短了[17]。");
        text.append("\n");
        for (int i = 0; i < 60; i++) text.append("这一行很长，没有换行，带有引用[3]和**加粗**的内容。");
        List<String> messages = new SlackFormatter("https://qa.example.org").format(answer(text.toString()));
        assertThat(messages.size()).isGreaterThan(3);
        for (String m : messages) {
            assertThat(m.length()).isLessThanOrEqualTo(SlackFormatter.MAX_CHARS).isLessThan(3000);
            assertThat(m.chars().filter(c -> c == '<').count()).as(m).isEqualTo(m.chars().filter(c -> c == '>').count());
        }
        String joined = String.join("", messages);
        assertThat(joined.replaceAll("\\s", "")).isEqualTo(new SlackFormatter("https://qa.example.org").mrkdwn(text.toString()).replaceAll("\\s", ""));
    }

    @Test
    void an_emoji_is_never_cut_in_half() {
        String text = "😀".repeat(3000);
        for (String piece : SlackFormatter.split(text, 2901)) {
            assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).isFalse();
        }
    }
}
