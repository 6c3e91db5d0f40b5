package org.measuresqa;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.measuresqa.answer.AdmittedAnswerer;
import org.measuresqa.answer.Answerer;
import org.measuresqa.answer.CitationVerifier;
import org.measuresqa.answer.ExtractiveAnswerer;
import org.measuresqa.answer.ModelAnswerers;
import org.measuresqa.answer.OllamaStatus;
import org.measuresqa.answer.Prompts;
import org.measuresqa.bots.BotState;
import org.measuresqa.bots.DedupeCache;
import org.measuresqa.bots.StoredBotState;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;
import org.measuresqa.index.Indexer;
import org.measuresqa.index.SqliteChunkStore;
import org.measuresqa.retrieval.HybridRetriever;
import org.measuresqa.retrieval.Retriever;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.PostgresDatabase;
import org.measuresqa.storage.SqliteDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole program from a {@link Config}: the only place adapters are constructed. */
public final class App implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final ChunkStore store;
    private final Embedder embedder;
    private Database database;
    private ConversationStore conversations;
    private volatile AdmittedAnswerer model;

    private App(Config config, ChunkStore store, Embedder embedder) {
        this.config = config;
        this.store = store;
        this.embedder = embedder;
    }

    /** Opens the index file named in the configuration (creating it when missing); builds nothing yet. */
    public static App open(Config config) {
        config.describe().forEach(line -> log.info("config: {}", line));
        ChunkStore store = SqliteChunkStore.open(config.store().path());
        java.nio.file.Path models = config.store().path().toAbsolutePath().getParent().resolve("models");
        return new App(config, store, Embedder.bgeSmallZh(config.retrieval().queryInstruction(), models));
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

    /**
     * Where conversations, feedback and bot state live: PostgreSQL when {@code DATABASE_URL} is set (connected and
     * migrated now), else the index's own SQLite file.
     */
    public synchronized Database database() {
        if (database == null) {
            Config.Database db = config.database();
            if (db.shared()) {
                database = PostgresDatabase.open(new PostgresDatabase.Settings(db.url(), db.poolSize(), db.connectTimeout()));
                log.info("Conversations, feedback and bot state in PostgreSQL at {} (shared by every instance with this DATABASE_URL).", database.where());
            } else {
                database = SqliteDatabase.open(config.store().path());
            }
        }
        return database;
    }

    /** The conversations and feedback. */
    public synchronized ConversationStore conversations() {
        if (conversations == null) conversations = ConversationStore.on(database());
        return conversations;
    }

    /** The bots' delivery state and places, in the same database as the conversations. */
    public BotState botState() {
        return new StoredBotState(database(), DedupeCache.DEFAULT_TTL, java.time.Clock.systemUTC());
    }

    /** For one-off questions (the command line): waits for the model to load, as the question cannot wait for later. */
    public ConversationService answerService(Retriever retriever) {
        Optional<Answerer> chosen = chooseAnswerer();
        if (chosen.orElse(null) instanceof AdmittedAnswerer admitted) admitted.readiness().awaitLoaded(config.model().loadTimeout());
        return answerService(retriever, chosen);
    }

    /** @param model the answerer {@link #chooseAnswerer()} chose (empty: extractive) */
    public ConversationService answerService(Retriever retriever, Optional<Answerer> model) {
        ConversationStore conversations = conversations();
        List<Measure> measures = store.measures();
        return new ConversationService(retriever, model, new ExtractiveAnswerer(), new CitationVerifier(measures),
                conversations, config.retrieval().defaultK());
    }

    /**
     * The model answerer as configured, loading its model in the background, or empty to answer extractively. An
     * OpenAI-compatible server wins over Ollama when OPENAI_BASE_URL is set (unless ANSWERER=ollama): it is named
     * explicitly, while Ollama has a default address that may serve nothing. With ANSWERER=auto, Ollama is used only
     * when it answers and has the model (checked now, up to 2 s).
     */
    public synchronized Optional<Answerer> chooseAnswerer() {
        Config.AnswererChoice choice = config.answers().answerer();
        if (choice == Config.AnswererChoice.EXTRACTIVE) {
            log.info("Answering extractively (ANSWERER=extractive).");
            return Optional.empty();
        }
        Config.OpenAi openAi = config.openAi();
        if (choice == Config.AnswererChoice.OPENAI || (choice == Config.AnswererChoice.AUTO && openAi.configured())) {
            if (!openAi.configured()) {
                throw new org.measuresqa.config.ConfigException("ANSWERER=openai needs OPENAI_BASE_URL and OPENAI_MODEL");
            }
            log.info("Answering with the OpenAI-compatible server at {} (model {}, {}){}.", openAi.baseUrl(), openAi.model(),
                    openAi.apiKey() == null ? "no API key" : "API key set",
                    choice == Config.AnswererChoice.AUTO ? ": OPENAI_BASE_URL is set, and a server named explicitly wins over "
                            + "Ollama's default address (ANSWERER=ollama chooses Ollama)" : " (ANSWERER=openai)");
            return started(ModelAnswerers.openAi(openAi, config.model(), Prompts.load(config.answers().prompts())));
        }
        Config.Ollama ollama = config.ollama();
        String problem = OllamaStatus.problem(ollama.baseUrl(), ollama.model(), Duration.ofSeconds(2));
        if (problem != null && choice == Config.AnswererChoice.AUTO) {
            log.info("Answering extractively: {}.", problem);
            return Optional.empty();
        }
        if (problem != null) log.warn("ANSWERER=ollama, but {}; questions are answered extractively until it does.", problem);
        else log.info("Answering with Ollama model {} at {}{}.", ollama.model(), ollama.baseUrl(),
                openAi.configured() ? " (ANSWERER=ollama: OPENAI_BASE_URL is not used)" : "");
        return started(ModelAnswerers.ollama(ollama, config.model(), Prompts.load(config.answers().prompts())));
    }

    private Optional<Answerer> started(AdmittedAnswerer answerer) {
        if (model != null) model.close();
        model = answerer.start();
        return Optional.of(model);
    }

    /** What {@code GET /health} reports: the index and whether answers are being saved; never a file path. */
    public java.util.Map<String, Object> health(List<Measure> measures, ConversationService answers) {
        java.util.Map<String, Object> h = new java.util.LinkedHashMap<>();
        h.put("measures", measures.size());
        h.put("chunks", store.count());
        h.put("schemaVersion", SqliteChunkStore.SCHEMA_VERSION);
        h.put("embeddingModel", embedder.modelId());
        h.put("conversations", answers.lastStoreFailure() == null ? "ok" : "not saving: " + answers.lastStoreFailure());
        Database db = database();
        h.put("database", java.util.Map.of("kind", db.kind(), "reachable", db.reachable()));
        AdmittedAnswerer m = model;
        h.put("model", m == null ? java.util.Map.of("mode", "extractive") : m.health());
        return h;
    }

    @Override
    public void close() {
        if (model != null) model.close();
        if (conversations != null) conversations.close();
        if (database != null) database.close();
        store.close();
    }
}
