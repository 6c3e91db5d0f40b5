package org.measuresqa.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Reads pinyin a user typed instead of characters ("tan zuji renzheng", "kuajing shoufu") as the document's own words:
 * every two- to four-character run of the document is indexed by its toneless pinyin, and Latin letters in the question
 * are matched against that index, longest first. Only words the document uses can come out, so the guess is safe.
 */
final class PinyinGloss {

    private static final int MIN_WORD = 2;
    private static final int MAX_WORD = 4;
    /** Fewer letters match too much by chance ("an", "ji"). */
    private static final int MIN_LETTERS = 4;
    private static final int MAX_TOKENS = 4;

    private final Map<String, String> words = new HashMap<>();

    /** @param document the document's text, folded */
    PinyinGloss(String document) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        Map<Character, String[]> readings = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (String run : document.split("[^\\p{IsHan}]+")) {
            for (int len = MIN_WORD; len <= MAX_WORD; len++) {
                for (int i = 0; i + len <= run.length(); i++) frequency.merge(run.substring(i, i + len), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : frequency.entrySet()) {
            for (String key : keys(e.getKey(), readings, format)) {
                String known = words.get(key);
                // several words read alike: the longer one, then the more frequent one, is meant
                if (known == null || e.getKey().length() > known.length()
                        || (e.getKey().length() == known.length() && e.getValue() > frequency.get(known))) {
                    words.put(key, e.getKey());
                }
            }
        }
    }

    /** The question with the document's words for its pinyin appended, or as it was when it has none. */
    String gloss(String folded) {
        List<String> tokens = new ArrayList<>();
        for (String t : folded.split("[^a-z]+")) if (!t.isEmpty()) tokens.add(t);
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int taken = 0;
            for (int j = Math.min(tokens.size(), i + MAX_TOKENS); j > i && taken == 0; j--) {
                String key = String.join("", tokens.subList(i, j));
                String word = key.length() >= MIN_LETTERS ? words.get(key) : null;
                if (word != null) {
                    found.add(word);
                    taken = j - i;
                }
            }
            i += Math.max(1, taken);
        }
        return found.isEmpty() ? folded : folded + " " + String.join(" ", found);
    }

    private static List<String> keys(String word, Map<Character, String[]> readings, HanyuPinyinOutputFormat format) {
        List<String> keys = List.of("");
        for (char c : word.toCharArray()) {
            String[] r = readings.computeIfAbsent(c, ch -> pinyin(ch, format));
            if (r.length == 0) return List.of();
            List<String> next = new ArrayList<>();
            for (String k : keys) {
                for (String reading : r) {
                    if (next.size() < 8) next.add(k + reading);
                }
            }
            keys = next;
        }
        return keys;
    }

    private static String[] pinyin(char c, HanyuPinyinOutputFormat format) {
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(c, format);
            return r == null ? new String[0] : new LinkedHashSet<>(List.of(r)).toArray(new String[0]);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed, valid output format", e);
        }
    }
}
