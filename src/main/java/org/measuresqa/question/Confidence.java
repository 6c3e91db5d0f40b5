package org.measuresqa.question;

/**
 * How sure a reader is of its reading. A structured reading (a filter, a count, a list) changes retrieval only when
 * it is {@link #STRONG}; a {@link #WEAK} one may break ties or ask for a second look, and otherwise the plain hybrid
 * ranking stands.
 */
public enum Confidence {
    NONE, WEAK, STRONG;

    public boolean strong() {
        return this == STRONG;
    }

    public boolean any() {
        return this != NONE;
    }
}
