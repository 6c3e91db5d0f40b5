package org.measuresqa.eval;

import java.util.LinkedHashSet;
import java.util.List;
import org.measuresqa.index.ChunkHit;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;

/**
 * Plain dense retrieval over the measures: the question embedded as it is, the nearest chunks by cosine, their
 * measures in order. No reading of the question, no lexical search, no conversation, never declines: what the
 * product's structure must never do worse than, kind by kind.
 */
public final class PlainDenseRetriever implements RetrievalOutcome.Variant {

    public static final String NAME = "dense-plain";
    private static final int CANDIDATES = 60;

    private final ChunkStore store;
    private final Embedder embedder;

    public PlainDenseRetriever(ChunkStore store, Embedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetrievalOutcome run(EvalCase c, int k) {
        List<ChunkHit> hits = store.vectorSearch(embedder.embedQuery(c.question()), CANDIDATES, null);
        LinkedHashSet<Integer> ranked = new LinkedHashSet<>();
        for (ChunkHit h : hits) {
            ranked.add(h.chunk().measureNumber());
            if (ranked.size() == k) break;
        }
        return new RetrievalOutcome(List.copyOf(ranked), false, false);
    }
}
