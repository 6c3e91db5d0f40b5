package org.measuresqa.index;

/** A chunk with the score one search gave it (higher is better). */
public record ChunkHit(Chunk chunk, double score) {
}
