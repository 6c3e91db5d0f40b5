package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.corpus.Measure;

class ChunkerTest {

    private final Chunker chunker = new Chunker();

    @Test
    void a_measure_becomes_an_overview_one_chunk_per_practice_and_its_results() {
        Measure m = Corpus.bundled().measure(18).orElseThrow();
        List<Chunk> chunks = chunker.chunk(m);
        List<Chunk> passages = chunks.stream().filter(c -> c.field().isPassage()).toList();
        assertThat(passages).extracting(Chunk::id)
                .containsExactly("18:overview:0", "18:practice:1", "18:practice:2", "18:practice:3", "18:practice:4", "18:results:0");
        assertThat(passages.get(0).embedText()).contains("深圳").contains("高水平对外开放").contains("推广范围：全国");
        assertThat(passages.get(5).text()).isEqualTo(m.results());
    }

    @Test
    void every_sentence_of_practices_and_results_is_a_chunk_of_its_own_that_adds_up_to_the_text() {
        Measure m = Corpus.bundled().measure(23).orElseThrow();
        List<Chunk> sentences = chunker.chunk(m).stream().filter(c -> c.field() == ChunkField.SENTENCE).toList();
        assertThat(sentences).allSatisfy(c -> assertThat(c.embedText()).isEqualTo(c.text()));
        assertThat(sentences.stream().filter(c -> c.ordinal() == 0).map(Chunk::text).reduce("", String::concat).replaceAll("\\s", ""))
                .isEqualTo(m.results().replaceAll("\\s", ""));
        // the results pack several figures into one sentence with semicolons: each clause is quoted on its own
        assertThat(sentences).anyMatch(c -> c.text().contains("8个工作日") && !c.text().contains("66艘"));
    }

    @Test
    void every_embedded_text_starts_with_the_measure_name_and_stays_under_the_limit() {
        for (Measure m : Corpus.bundled().measures()) {
            for (Chunk c : chunker.chunk(m).stream().filter(c -> c.field().isPassage()).toList()) {
                assertThat(c.embedText()).startsWith(m.name());
                assertThat(c.embedText().length()).isLessThanOrEqualTo(Chunker.MAX_EMBED_CHARS);
                assertThat(c.measureNumber()).isEqualTo(m.number());
            }
        }
    }

    @Test
    void a_long_field_is_split_at_sentence_ends_without_losing_text() {
        String sentence = "这是一句二十个字的句子，用来测试切分效果。";
        String text = sentence.repeat(40);
        List<String> pieces = Chunker.split(text, 100);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100));
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allSatisfy(p -> assertThat(p).endsWith("。"));
    }

    @Test
    void a_sentence_longer_than_the_limit_is_cut_hard() {
        String text = "字".repeat(250);
        assertThat(Chunker.split(text, 100)).extracting(String::length).containsExactly(100, 100, 50);
    }
}
