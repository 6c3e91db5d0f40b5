package org.measuresqa.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.measuresqa.corpus.Measure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store up to date with the corpus: chunks whose content hash is unchanged are kept as they are, new or
 * changed ones are embedded, vanished ones deleted, all in one atomic update.
 */
public final class Indexer {

    /** Told about embedding progress, e.g. to draw a bar on the terminal. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** What one ingest did. */
    public record Report(int measures, int chunks, int embedded, int deleted, long millis) {
        public boolean changed() {
            return embedded > 0 || deleted > 0;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final ChunkStore store;
    private final Embedder embedder;
    private final Chunker chunker = new Chunker();

    public Indexer(ChunkStore store, Embedder embedder) {
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public Report ingest(List<Measure> measures, Progress progress) {
        return ingest(measures, progress, false);
    }

    /** @param rebuild embed every chunk again, even those whose hash is unchanged (still one atomic update) */
    public Report ingest(List<Measure> measures, Progress progress, boolean rebuild) {
        long start = System.nanoTime();
        List<Chunk> chunks = chunker.chunkAll(measures);
        Map<String, String> stored = store.chunkHashes();
        Map<String, String> reusable = rebuild ? Map.of() : stored;
        List<Chunk> toEmbed = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (Chunk c : chunks) {
            current.add(c.id());
            if (!c.contentHash(embedder.modelId()).equals(reusable.get(c.id()))) toEmbed.add(c);
        }
        Set<String> deletions = new HashSet<>(stored.keySet());
        deletions.removeAll(current);
        boolean measuresChanged = !measures.equals(store.measures());
        if (toEmbed.isEmpty() && deletions.isEmpty() && !measuresChanged) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            log.info("Index is up to date: {} measures, {} chunks, nothing to embed ({} ms)", measures.size(), chunks.size(), ms);
            return new Report(measures.size(), chunks.size(), 0, 0, ms);
        }
        List<IndexUpdate.EmbeddedChunk> upserts = new ArrayList<>();
        for (int i = 0; i < toEmbed.size(); i++) {
            Chunk c = toEmbed.get(i);
            upserts.add(new IndexUpdate.EmbeddedChunk(c, embedder.embedPassage(c.embedText()), c.contentHash(embedder.modelId())));
            progress.update(i + 1, toEmbed.size());
        }
        store.apply(new IndexUpdate(measures, upserts, deletions, Map.of("embedding_model", embedder.modelId())));
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.info("Indexed {} measures: {} chunks, {} embedded, {} deleted in {} ms",
                measures.size(), chunks.size(), upserts.size(), deletions.size(), ms);
        return new Report(measures.size(), chunks.size(), upserts.size(), deletions.size(), ms);
    }
}
