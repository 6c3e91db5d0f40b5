package org.measuresqa.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The terms of the full-text index: overlapping character bigrams of Chinese text (so 2-character words such as 跨境
 * or 船舶 match; FTS5's trigram tokenizer silently misses them) and whole Latin words and numbers. Text is folded to
 * simplified characters, half-width forms and lower case first, so 知識產權 and ＬＮＧ match too. Terms contain only
 * letters and digits, which SQLite's unicode61 tokenizer keeps as they are.
 */
public final class LexicalTokens {

    private LexicalTokens() {
    }

    /** Simplified characters, NFKC, lower case. */
    public static String fold(String text) {
        String simplified = Simplifier.simplify(text);
        return Normalizer.normalize(simplified, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Every term occurrence, in order (duplicates kept: term frequency counts). */
    public static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                while (i < n && isHan(folded.codePointAt(i))) i += Character.charCount(folded.codePointAt(i));
                addBigrams(folded.substring(start, i), out);
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n) {
                    int c = folded.codePointAt(i);
                    if (isHan(c) || !Character.isLetterOrDigit(c)) break;
                    i += Character.charCount(c);
                }
                out.add(folded.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Distinct terms, in first-seen order: what a query searches for. */
    public static List<String> distinctTokens(String text) {
        return List.copyOf(new LinkedHashSet<>(tokens(text)));
    }

    private static void addBigrams(String run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            out.add(new String(cps, k, 2));
        }
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
