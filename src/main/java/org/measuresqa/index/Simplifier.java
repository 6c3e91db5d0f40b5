package org.measuresqa.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional → simplified Chinese, character by character, from OpenCC's TSCharacters table as opencc4j ships it.
 * Character mapping is all that matching needs; it loads in milliseconds, where opencc4j's phrase-level converter
 * takes about half a second to start, which the server's start-up cannot afford.
 */
final class Simplifier {

    private static final String TABLE = "data/dictionary/TSCharacters.txt";
    private static final Map<Integer, Integer> TO_SIMPLIFIED = load();

    private Simplifier() {
    }

    static String simplify(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            Integer simple = TO_SIMPLIFIED.get(cp);
            if (simple != null && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.appendCodePoint(simple != null ? simple : cp);
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = Simplifier.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException(TABLE + " is missing from the classpath (it comes with opencc4j)");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.strip().split("\t");
                if (parts.length < 2 || parts[0].codePointCount(0, parts[0].length()) != 1) continue;
                String target = parts[1].split(" ")[0];
                if (target.codePointCount(0, target.length()) != 1) continue;
                map.put(parts[0].codePointAt(0), target.codePointAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE + ": " + e.getMessage(), e);
        }
        return Map.copyOf(map);
    }
}
