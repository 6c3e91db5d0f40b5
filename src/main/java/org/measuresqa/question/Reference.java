package org.measuresqa.question;

/**
 * How a question leans on the conversation before it.
 *
 * @param anaphora   a word pointing back ("这些", "其中" point at a set; "它", "这个" at one measure)
 * @param elliptical so short, or so built ("…呢？", "那…"), that it means little alone
 */
public record Reference(Anaphora anaphora, boolean elliptical) {

    public static final Reference NONE = new Reference(Anaphora.NONE, false);

    public enum Anaphora { NONE, PLURAL, SINGULAR }

    public boolean any() {
        return anaphora != Anaphora.NONE || elliptical;
    }

    public boolean singular() {
        return anaphora == Anaphora.SINGULAR;
    }

    public boolean plural() {
        return anaphora == Anaphora.PLURAL;
    }
}
