package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.corpus.Measure;

/** What every {@link ChunkStore} must do; a subclass supplies the store. Vectors are fixed and hand-made. */
abstract class ChunkStoreContract {

    protected ChunkStore store;

    protected abstract ChunkStore newStore() throws Exception;

    static final Measure M1 = new Measure(1, "跨境信用数据", "要素市场化改革", List.of("打造跨境信用数据验证平台"), "深圳", "办理跨境信用卡525张", "全国");
    static final Measure M2 = new Measure(2, "船舶不停运办证", "优化营商环境", List.of("船舶转籍证书并联办理"), "厦门", "办证时间压缩至8个工作日", "全国");

    static Chunk chunk(String id, int measure, String text) {
        return new Chunk(id, measure, ChunkField.PRACTICE, 1, text, text);
    }

    static IndexUpdate.EmbeddedChunk embedded(Chunk c, float... v) {
        return new IndexUpdate.EmbeddedChunk(c, v, "hash-" + c.id());
    }

    static final Chunk A = chunk("1:practice:1", 1, "跨境信用数据验证平台");
    static final Chunk B = chunk("2:practice:1", 2, "船舶转籍证书并联办理，船舶不停运");
    static final Chunk C = chunk("2:results:0", 2, "办证时间压缩至8个工作日");

    @BeforeEach
    void fill() throws Exception {
        store = newStore();
        store.apply(new IndexUpdate(List.of(M1, M2),
                List.of(embedded(A, 1, 0, 0), embedded(B, 0, 1, 0), embedded(C, 0, 0.6f, 0.8f)), Set.of(), Map.of("k", "v")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void should_return_measures_chunks_hashes_and_meta_that_were_applied() {
        assertThat(store.measures()).containsExactly(M1, M2);
        assertThat(store.chunks()).containsExactly(A, B, C);
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.chunkHashes()).containsEntry("2:results:0", "hash-2:results:0").hasSize(3);
        assertThat(store.meta("k")).isEqualTo("v");
        assertThat(store.meta("absent")).isNull();
    }

    @Test
    void should_rank_by_cosine_best_first() {
        List<ChunkHit> hits = store.vectorSearch(new float[] {0, 1, 0}, 3, null);
        assertThat(hits).extracting(h -> h.chunk().id()).containsExactly("2:practice:1", "2:results:0", "1:practice:1");
        assertThat(hits.get(0).score()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(hits.get(1).score()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void should_restrict_both_searches_to_the_measures_asked_for() {
        assertThat(store.vectorSearch(new float[] {0, 1, 0}, 3, Set.of(1))).extracting(h -> h.chunk().id()).containsExactly("1:practice:1");
        assertThat(store.fullTextSearch(LexicalTokens.distinctTokens("船舶 跨境"), 5, Set.of(1)))
                .extracting(h -> h.chunk().id()).containsExactly("1:practice:1");
        assertThat(store.vectorSearch(new float[] {0, 1, 0}, 3, Set.of())).isEmpty();
    }

    @Test
    void should_find_two_character_chinese_terms_by_full_text() {
        assertThat(store.fullTextSearch(List.of("跨境"), 5, null)).extracting(h -> h.chunk().id()).containsExactly("1:practice:1");
        assertThat(store.fullTextSearch(List.of("船舶"), 5, null)).extracting(h -> h.chunk().id()).containsExactly("2:practice:1");
        assertThat(store.fullTextSearch(List.of("不存在"), 5, null)).isEmpty();
    }

    @Test
    void should_rank_full_text_by_bm25_with_positive_scores() {
        List<ChunkHit> hits = store.fullTextSearch(LexicalTokens.distinctTokens("船舶办证"), 5, null);
        assertThat(hits).extracting(h -> h.chunk().id()).containsExactly("2:practice:1", "2:results:0");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score()).isPositive();
        // the same formula in every store: term frequency 2 of 船舶 in a 14-term chunk among 3 chunks
        assertThat(hits.get(0).score()).isEqualTo(expectedBm25(), org.assertj.core.data.Offset.offset(1e-6));
    }

    private double expectedBm25() {
        // FTS5: idf = ln((N - n + 0.5) / (n + 0.5)), floored at 1e-6; k1 1.2, b 0.75
        List<List<String>> docs = List.of(LexicalTokens.tokens(A.embedText()), LexicalTokens.tokens(B.embedText()), LexicalTokens.tokens(C.embedText()));
        double avg = docs.stream().mapToInt(List::size).average().orElseThrow();
        List<String> doc = docs.get(1);
        double score = 0;
        for (String term : LexicalTokens.distinctTokens("船舶办证")) {
            long n = docs.stream().filter(d -> d.contains(term)).count();
            long f = doc.stream().filter(term::equals).count();
            if (f == 0) continue;
            double idf = Math.max(1e-6, Math.log((3 - n + 0.5) / (n + 0.5)));
            score += idf * f * 2.2 / (f + 1.2 * (1 - 0.75 + 0.75 * doc.size() / avg));
        }
        return score;
    }

    @Test
    void should_keep_sentences_out_of_both_searches_but_give_their_vectors() {
        Chunk sentence = new Chunk("2:sentence:0.1", 2, ChunkField.SENTENCE, 0, "办证时间压缩至8个工作日", "办证时间压缩至8个工作日");
        store.apply(new IndexUpdate(List.of(M1, M2), List.of(embedded(sentence, 0, 0, 1)), Set.of(), Map.of()));
        assertThat(store.vectorSearch(new float[] {0, 0, 1}, 10, null)).noneMatch(h -> h.chunk().field() == ChunkField.SENTENCE);
        assertThat(store.fullTextSearch(LexicalTokens.distinctTokens("工作日"), 10, null)).extracting(h -> h.chunk().id())
                .containsExactly("2:results:0");
        assertThat(store.vectors(ChunkField.SENTENCE)).containsOnlyKeys("2:sentence:0.1");
        assertThat(store.vectors(ChunkField.SENTENCE).get("2:sentence:0.1")).containsExactly(0, 0, 1);
    }

    @Test
    void should_replace_changed_chunks_and_delete_removed_ones() {
        Chunk changed = chunk("2:results:0", 2, "办证时间最快当日完成");
        store.apply(new IndexUpdate(List.of(M2), List.of(embedded(changed, 0, 0, 1)), Set.of("1:practice:1"), Map.of()));
        assertThat(store.measures()).containsExactly(M2);
        assertThat(store.chunks()).containsExactly(B, changed);
        assertThat(store.fullTextSearch(List.of("跨境"), 5, null)).isEmpty();
        assertThat(store.fullTextSearch(List.of("当日"), 5, null)).extracting(h -> h.chunk().id()).containsExactly("2:results:0");
        assertThat(store.vectorSearch(new float[] {0, 0, 1}, 1, null).get(0).chunk()).isEqualTo(changed);
    }

    @Test
    void should_leave_the_store_unchanged_when_an_update_fails() {
        Chunk bad = chunk("3:practice:1", 2, "坏的");
        IndexUpdate update = new IndexUpdate(List.of(M1), List.of(embedded(C, 1, 1, 1), new IndexUpdate.EmbeddedChunk(bad, new float[0], "h")),
                Set.of("1:practice:1"), Map.of());
        assertThatThrownBy(() -> store.apply(update)).isInstanceOf(RuntimeException.class);
        assertThat(store.measures()).containsExactly(M1, M2);
        assertThat(store.chunks()).containsExactly(A, B, C);
        assertThat(store.vectorSearch(new float[] {0, 0, 1}, 1, null).get(0).chunk()).isEqualTo(C);
    }

    @Test
    void should_be_empty_after_clear() {
        store.clear();
        assertThat(store.count()).isZero();
        assertThat(store.measures()).isEmpty();
        assertThat(store.fullTextSearch(List.of("跨境"), 5, null)).isEmpty();
        assertThat(store.vectorSearch(new float[] {1, 0, 0}, 5, null)).isEmpty();
    }
}
