package org.measuresqa.support;

import java.util.List;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;
import org.measuresqa.index.InMemoryChunkStore;
import org.measuresqa.index.Indexer;
import org.measuresqa.retrieval.HybridRetriever;
import org.measuresqa.retrieval.RetrievalSettings;

/**
 * The real corpus indexed with the real in-process model, built once per test JVM (embedding takes a few seconds)
 * and shared read-only by the tests that need real retrieval.
 */
public final class TestIndex {

    private static Corpus corpus;
    private static Embedder embedder;
    private static ChunkStore store;

    private TestIndex() {
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) corpus = Corpus.bundled();
        return corpus;
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) embedder = Embedder.bgeSmallZh(false);
        return embedder;
    }

    public static synchronized ChunkStore store() {
        if (store == null) {
            InMemoryChunkStore s = new InMemoryChunkStore();
            new Indexer(s, embedder()).ingest(corpus().measures(), Indexer.Progress.NONE);
            store = s;
        }
        return store;
    }

    public static HybridRetriever retriever() {
        return new HybridRetriever(store(), embedder(), RetrievalSettings.defaults());
    }

    /** An extractive chat service over the shared index, with its conversations in {@code file}. */
    public static org.measuresqa.conversation.ConversationService answerService(java.nio.file.Path file) {
        return conversationService(java.util.Optional.empty(), org.measuresqa.conversation.ConversationStore.open(file));
    }

    /** The chat service over the shared index: {@code model} first when given, the extractive answerer behind it. */
    public static org.measuresqa.conversation.ConversationService conversationService(
            java.util.Optional<org.measuresqa.answer.Answerer> model, org.measuresqa.conversation.ConversationStore store) {
        return new org.measuresqa.conversation.ConversationService(retriever(), model, new org.measuresqa.answer.ExtractiveAnswerer(),
                new org.measuresqa.answer.CitationVerifier(corpus().measures()), store, 5);
    }

    public static List<Integer> numbers(org.measuresqa.retrieval.RetrievalResult r) {
        return r.measures().stream().map(h -> h.measure().number()).toList();
    }
}
