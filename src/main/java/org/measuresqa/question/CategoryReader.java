package org.measuresqa.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The headings a question names. A heading's own name or long form is a strong reading; an everyday word that is
 * also a topic (科技创新, 对外开放) is strong only when a word such as 方面, 类 or 属于 marks it as a heading.
 */
final class CategoryReader {

    private static final int MARKER_REACH = 6;

    record Reading(Set<String> categories, Confidence confidence, List<String> words) {
    }

    Reading read(MaskedText t) {
        Set<String> categories = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        Confidence confidence = Confidence.NONE;
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.CATEGORIES)) {
            categories.add(m.value());
            words.add(m.alias());
            boolean strong = !Vocabulary.WEAK_CATEGORY_ALIASES.contains(m.alias()) || marked(t.text(), m);
            Confidence c = strong ? Confidence.STRONG : Confidence.WEAK;
            if (c.compareTo(confidence) > 0) confidence = c;
        }
        return new Reading(categories, confidence, words);
    }

    private static boolean marked(String text, AliasMatcher.Match m) {
        int end = m.at() + m.alias().length();
        String after = text.substring(end, Math.min(text.length(), end + MARKER_REACH));
        String before = text.substring(Math.max(0, m.at() - MARKER_REACH), m.at());
        for (String marker : Vocabulary.CATEGORY_MARKERS) {
            if (after.contains(marker) || (marker.length() > 1 && before.contains(marker))) return true;
        }
        return false;
    }
}
