package org.measuresqa.index;

/** Which part of a measure a chunk comes from. */
public enum ChunkField {
    /** Name, source, category and scope: what the measure is. */
    OVERVIEW,
    /** One numbered item of 创新做法. */
    PRACTICE,
    /** 实施效果. */
    RESULTS,
    /**
     * One sentence of a practice item or of the results, embedded alone: what an answer quotes. Not a passage:
     * searches leave sentences out, and the ordinal is the practice item's number (0 for the results).
     */
    SENTENCE;

    /** Overview, practice and results chunks are what searches rank; sentences are scored per measure. */
    public boolean isPassage() {
        return this != SENTENCE;
    }
}
