package org.measuresqa.index;

/** Which part of a measure a chunk comes from. */
public enum ChunkField {
    /** Name, source, category and scope: what the measure is. */
    OVERVIEW,
    /** One numbered item of 创新做法. */
    PRACTICE,
    /** 实施效果. */
    RESULTS
}
