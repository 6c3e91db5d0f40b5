package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.corpus.Measure;
import org.measuresqa.support.FakeEmbeddingModel;

class IndexerTest {

    @TempDir
    Path dir;

    private final FakeEmbeddingModel model = new FakeEmbeddingModel();
    private final Embedder embedder = new Embedder(() -> model, "fake", false);

    @Test
    void a_first_ingest_embeds_every_chunk_and_a_second_embeds_nothing() {
        List<Measure> measures = Corpus.bundled().measures();
        try (SqliteChunkStore store = SqliteChunkStore.open(dir.resolve("i.db"))) {
            Indexer.Report first = new Indexer(store, embedder).ingest(measures, Indexer.Progress.NONE);
            int chunks = new Chunker().chunkAll(measures).size();
            assertThat(first.embedded()).isEqualTo(chunks);
            assertThat(model.embedded.get()).isEqualTo(chunks);

            Indexer.Report second = new Indexer(store, embedder).ingest(measures, Indexer.Progress.NONE);
            assertThat(second.embedded()).isZero();
            assertThat(second.changed()).isFalse();
            assertThat(model.embedded.get()).isEqualTo(chunks);
        }
    }

    @Test
    void a_changed_measure_re_embeds_only_its_changed_chunks_and_a_removed_one_is_deleted() {
        List<Measure> measures = new ArrayList<>(Corpus.bundled().measures());
        try (SqliteChunkStore store = SqliteChunkStore.open(dir.resolve("i.db"))) {
            new Indexer(store, embedder).ingest(measures, Indexer.Progress.NONE);
            int before = model.embedded.get();
            Measure m = measures.get(7);
            measures.set(7, new Measure(m.number(), m.name(), m.category(), m.practices(), m.source(),
                    m.results() + "新增一句。", m.scope()));
            Measure removed = measures.remove(31);

            Indexer.Report r = new Indexer(store, embedder).ingest(measures, Indexer.Progress.NONE);
            // the results passage, and the one new sentence; the other sentences are unchanged
            assertThat(r.embedded()).isEqualTo(2);
            assertThat(model.embedded.get() - before).isEqualTo(2);
            assertThat(store.vectors(ChunkField.SENTENCE)).containsKey(MeasureSentences.of(measures.get(7)).get(
                    MeasureSentences.of(measures.get(7)).size() - 1).id());
            assertThat(r.deleted()).isEqualTo(new Chunker().chunk(removed).size());
            assertThat(store.measures()).hasSize(31);
            assertThat(store.chunks()).noneMatch(c -> c.measureNumber() == 32);
            assertThat(store.fullTextSearch(LexicalTokens.distinctTokens("新增一句"), 1, null).get(0).chunk().id()).isEqualTo("8:results:0");
        }
    }

    @Test
    void a_rebuild_embeds_everything_again_in_one_update() {
        List<Measure> measures = Corpus.bundled().measures();
        try (SqliteChunkStore store = SqliteChunkStore.open(dir.resolve("i.db"))) {
            new Indexer(store, embedder).ingest(measures, Indexer.Progress.NONE);
            Indexer.Report r = new Indexer(store, embedder).ingest(measures, Indexer.Progress.NONE, true);
            assertThat(r.embedded()).isEqualTo(store.count());
            assertThat(r.deleted()).isZero();
        }
    }

    @Test
    void progress_is_reported_up_to_the_total() {
        List<int[]> seen = new ArrayList<>();
        new Indexer(new InMemoryChunkStore(), embedder).ingest(Corpus.bundled().measures().subList(0, 2),
                (done, total) -> seen.add(new int[] {done, total}));
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(seen.get(seen.size() - 1)[1]);
    }
}
