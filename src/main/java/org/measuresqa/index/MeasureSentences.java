package org.measuresqa.index;

import java.util.ArrayList;
import java.util.List;
import org.measuresqa.corpus.Measure;

/**
 * Cuts a measure's practice items and results into sentences: at 。！？ and at ；, because the document packs
 * several results into one sentence with semicolons ("…压缩至8个工作日；…累计66艘"), and an answer should quote the
 * one that holds what was asked.
 */
public final class MeasureSentences {

    /** One sentence with where it comes from. */
    public record Sentence(String id, int measureNumber, int item, int index, String text) {
        /** From the results (实施效果) rather than a practice item. */
        public boolean fromResults() {
            return item == 0;
        }
    }

    private MeasureSentences() {
    }

    /** Every sentence of the measure, practice items first (item 1, 2, …), then the results (item 0). */
    public static List<Sentence> of(Measure m) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < m.practices().size(); i++) add(out, m.number(), i + 1, m.practices().get(i));
        add(out, m.number(), 0, m.results());
        return out;
    }

    private static void add(List<Sentence> out, int measure, int item, String text) {
        int index = 0;
        for (String s : split(text)) {
            index++;
            out.add(new Sentence(measure + ":sentence:" + item + "." + index, measure, item, index, s));
        }
    }

    /** Sentences ending at 。！？；(or the text's end), trimmed; fragments without a letter or digit are dropped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            if ("。！？；;".indexOf(c) >= 0) flush(out, current);
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        current.setLength(0);
        if (s.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(s);
    }
}
