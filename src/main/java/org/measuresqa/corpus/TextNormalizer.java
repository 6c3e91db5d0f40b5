package org.measuresqa.corpus;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans cell text from the source document: tags out, white space folded, and the stray spaces the document puts
 * around figures ("截至 2024 年") removed, so that "208亿元" is found whether a user or the text spaced it.
 */
public final class TextNormalizer {

    private static final Pattern TAG = Pattern.compile("<[^>]{1,40}>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    // A space next to a CJK character or CJK punctuation carries nothing in Chinese text.
    private static final Pattern SPACE_BY_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”‘’—])\\s+|\\s+(?=[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”‘’—])");
    // The document sometimes uses ASCII commas and semicolons inside Chinese sentences.
    private static final Pattern ASCII_COMMA_IN_CJK = Pattern.compile("(?<=[\\p{IsHan}”）)])\\s*,\\s*");
    private static final Pattern ASCII_SEMICOLON_IN_CJK = Pattern.compile("(?<=[\\p{IsHan}”）)%])\\s*;\\s*");

    private TextNormalizer() {
    }

    /** Removes tags and normalises spacing; keeps the document's wording and punctuation otherwise. */
    public static String clean(String raw) {
        String text = TAG.matcher(raw).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        text = SPACES.matcher(text).replaceAll(" ").trim();
        text = SPACE_BY_CJK.matcher(text).replaceAll("");
        text = ASCII_COMMA_IN_CJK.matcher(text).replaceAll("，");
        text = ASCII_SEMICOLON_IN_CJK.matcher(text).replaceAll("；");
        return text;
    }

    /**
     * The loose form used to check whether one text contains another: NFKC (full- and half-width forms agree),
     * lower case, no white space at all.
     */
    public static String loose(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return SPACES.matcher(folded).replaceAll("");
    }

    /** Whether {@code haystack} contains {@code needle} in the loose form. */
    public static boolean looselyContains(String haystack, String needle) {
        return loose(haystack).contains(loose(needle));
    }
}
