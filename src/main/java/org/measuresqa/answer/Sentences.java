package org.measuresqa.answer;

import java.util.ArrayList;
import java.util.List;

/** Splits Chinese text into sentences, keeping the closing punctuation. */
final class Sentences {

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            // whole sentences only: a clause before a semicolon must be checked with the citation that ends the sentence
            boolean end = c == '。' || c == '！' || c == '？' || c == '\n';
            if (end) {
                // keep a citation such as [17] with the sentence it follows
                while (i + 1 < text.length() && text.charAt(i + 1) == '[') {
                    int close = text.indexOf(']', i + 1);
                    if (close < 0 || close - i > 12) break;
                    current.append(text, i + 1, close + 1);
                    i = close;
                }
                add(out, current);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString();
        if (!s.isBlank()) out.add(s);
        else if (!s.isEmpty() && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + s); // keep line breaks
        current.setLength(0);
    }
}
