package org.measuresqa;

import java.util.List;
import org.measuresqa.config.Config;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;
import org.measuresqa.index.Indexer;
import org.measuresqa.index.SqliteChunkStore;
import org.measuresqa.retrieval.HybridRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole program from a {@link Config}: the only place adapters are constructed. */
public final class App implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final ChunkStore store;
    private final Embedder embedder;

    private App(Config config, ChunkStore store, Embedder embedder) {
        this.config = config;
        this.store = store;
        this.embedder = embedder;
    }

    /** Opens the index file named in the configuration (creating it when missing); builds nothing yet. */
    public static App open(Config config) {
        config.describe().forEach(line -> log.info("config: {}", line));
        ChunkStore store = SqliteChunkStore.open(config.store().path());
        return new App(config, store, Embedder.bgeSmallZh(config.retrieval().queryInstruction()));
    }

    /** For tests and evaluation: an app over any store and embedder. */
    public static App of(Config config, ChunkStore store, Embedder embedder) {
        return new App(config, store, embedder);
    }

    public Config config() {
        return config;
    }

    public ChunkStore store() {
        return store;
    }

    public Embedder embedder() {
        return embedder;
    }

    public Corpus corpus() {
        return Corpus.load(config.corpus().path());
    }

    /** Brings the index up to date with the corpus; embeds only what changed. */
    public Indexer.Report refreshIndex(Indexer.Progress progress) {
        return new Indexer(store, embedder).ingest(corpus().measures(), progress, false);
    }

    /** Embeds every chunk again and replaces the index in one transaction. */
    public Indexer.Report rebuildIndex(Indexer.Progress progress) {
        return new Indexer(store, embedder).ingest(corpus().measures(), progress, true);
    }

    public HybridRetriever retriever() {
        return new HybridRetriever(store, embedder, config.retrieval().settings());
    }

    public List<String> describeConfig() {
        return config.describe();
    }

    @Override
    public void close() {
        store.close();
    }
}
