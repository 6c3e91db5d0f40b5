package org.measuresqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's folded text with the spans readers have already taken. A reader that takes "浦东新区" masks it, so the
 * next reader cannot read "浦东" in it again, and what no reader took is the question's topic.
 */
final class MaskedText {

    private final String text;
    private final boolean[] masked;

    MaskedText(String text) {
        this.text = text;
        this.masked = new boolean[text.length()];
    }

    /** A copy that later masks do not touch. */
    MaskedText copy() {
        MaskedText c = new MaskedText(text);
        System.arraycopy(masked, 0, c.masked, 0, masked.length);
        return c;
    }

    String text() {
        return text;
    }

    /** The first occurrence of {@code word} at or after {@code from} that no reader has taken; -1 if none. */
    int findFree(String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0 && isMasked(at, word.length())) at = text.indexOf(word, at + 1);
        return at;
    }

    boolean containsFree(String word) {
        return findFree(word, 0) >= 0;
    }

    boolean isMasked(int at, int length) {
        for (int i = at; i < at + length && i < masked.length; i++) if (masked[i]) return true;
        return false;
    }

    void mask(int at, int length) {
        for (int i = Math.max(0, at); i < at + length && i < masked.length; i++) masked[i] = true;
    }

    void mask(Matcher m) {
        mask(m.start(), m.end() - m.start());
    }

    /** Masks every free occurrence of {@code word}; returns whether there was one. */
    boolean maskAll(String word) {
        boolean found = false;
        int at = findFree(word, 0);
        while (at >= 0) {
            mask(at, word.length());
            found = true;
            at = findFree(word, at + word.length());
        }
        return found;
    }

    /** Masks every match of {@code pattern} that overlaps nothing taken; returns how many. */
    int maskAll(Pattern pattern) {
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && !isMasked(m.start(), m.end() - m.start())) {
                mask(m);
                n++;
            }
        }
        return n;
    }

    /** The text with every taken character replaced by a space. */
    String visible() {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) out.append(masked[i] ? ' ' : text.charAt(i));
        return out.toString();
    }
}
