package org.measuresqa.retrieval;

/** Which part of a measure a question asks about. */
public enum Focus {
    /** Nothing in particular: what the measure is and does. */
    GENERAL,
    /** 创新做法: how it is done. */
    PRACTICE,
    /** 实施效果: what it achieved. */
    RESULTS,
    /** 推广范围: where it is to be promoted. */
    SCOPE
}
