package org.measuresqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds a table's aliases in a question, longest first, masking each match; Latin aliases only as whole words. */
final class AliasMatcher {

    /** One alias found: the value it names, the alias, and where. */
    record Match(String value, String alias, int at) {
    }

    private AliasMatcher() {
    }

    static List<Match> take(MaskedText t, Map<String, String> aliases) {
        return take(t, aliases, alias -> true);
    }

    /** @param masks whether a found alias is taken from the text (a district name may stay, as a topic word) */
    static List<Match> take(MaskedText t, Map<String, String> aliases, java.util.function.Predicate<String> masks) {
        List<Match> found = new ArrayList<>();
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            String alias = e.getKey();
            int at = t.findFree(alias, 0);
            while (at >= 0) {
                final int start = at;
                // a district left in the text must not be found again inside a longer alias already found
                boolean inside = found.stream().anyMatch(f -> f.at() <= start && start < f.at() + f.alias().length());
                if (!inside && (!isLatin(alias) || wordBoundary(t.text(), at, alias.length()))) {
                    if (masks.test(alias)) t.mask(at, alias.length());
                    found.add(new Match(e.getValue(), alias, at));
                }
                at = t.findFree(alias, at + alias.length());
            }
        }
        found.sort(java.util.Comparator.comparingInt(Match::at));
        return found;
    }

    static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    static boolean wordBoundary(String text, int at, int length) {
        boolean before = at == 0 || !isAsciiLetterOrDigit(text.charAt(at - 1));
        int end = at + length;
        boolean after = end >= text.length() || !isAsciiLetterOrDigit(text.charAt(end));
        return before && after;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
