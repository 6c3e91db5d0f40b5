package org.measuresqa.question;

/** Which part of a measure a question asks about. A question may ask about several ("哪里搞的，效果如何？"). */
public enum Focus {
    /** 创新做法: how it is done. */
    PRACTICE,
    /** 实施效果: what it achieved. */
    RESULTS,
    /** 推广范围: where it is to be promoted. */
    SCOPE,
    /** 来源: which city it comes from. */
    SOURCE,
    /** The heading it is filed under. */
    CATEGORY
}
