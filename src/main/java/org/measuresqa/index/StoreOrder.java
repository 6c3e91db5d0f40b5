package org.measuresqa.index;

import java.util.Comparator;

/** The order in which stores list chunks: by measure, then overview, practices, results. */
final class StoreOrder {

    static final Comparator<Chunk> CHUNKS = Comparator.comparingInt(Chunk::measureNumber)
            .thenComparing(Chunk::field)
            .thenComparingInt(Chunk::ordinal)
            .thenComparing(Chunk::id);

    private StoreOrder() {
    }
}
