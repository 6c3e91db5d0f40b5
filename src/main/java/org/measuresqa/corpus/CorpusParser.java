package org.measuresqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the measures document: a tab-separated table (序号, 名称, 创新做法, 来源, 实施效果, 推广范围) with repeated
 * header rows, category rows in {@code <b>}, and cells holding {@code <p>} paragraphs. Anything after the first
 * header row that is not a header, a category or a measure row is an error naming its line: no measure is dropped
 * silently.
 */
public final class CorpusParser {

    private static final int COLUMNS = 6;
    private static final Pattern MEASURE_ROW = Pattern.compile("^\\s*(\\d{1,3})\\t");
    private static final Pattern CATEGORY = Pattern.compile("^[一二三四五六七八九十]+[、.．]\\s*(.+)$");
    private static final Pattern ITEM_MARKER = Pattern.compile("[(（]\\s*(\\d{1,2})\\s*[)）]");

    private CorpusParser() {
    }

    /**
     * @param sourceName how errors name the document (a file path)
     * @throws CorpusFormatException for a row it cannot read, a duplicate or missing number, or no measures at all
     */
    public static List<Measure> parse(String sourceName, List<String> lines) {
        TreeMap<Integer, Measure> measures = new TreeMap<>();
        String category = null;
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = stripBom(lines.get(i));
            if (line.isBlank()) continue;
            if (isHeader(line)) {
                inTable = true;
                continue;
            }
            if (!inTable) continue; // title lines before the table
            String[] cells = line.split("\t", -1);
            Matcher row = MEASURE_ROW.matcher(line);
            if (row.find()) {
                if (category == null) {
                    throw new CorpusFormatException(sourceName, lineNo, "measure row before any category heading");
                }
                Measure measure = parseMeasure(sourceName, lineNo, cells, category);
                Measure previous = measures.put(measure.number(), measure);
                if (previous != null) {
                    throw new CorpusFormatException(sourceName, lineNo, "measure " + measure.number() + " appears twice");
                }
                continue;
            }
            String heading = categoryOf(cells);
            if (heading != null) {
                category = heading;
                continue;
            }
            throw new CorpusFormatException(sourceName, lineNo,
                    "neither a header, a category heading nor a measure row: \"" + abbreviate(line) + "\"");
        }
        if (measures.isEmpty()) throw new CorpusFormatException(sourceName + ": no measures found");
        int expected = 1;
        for (int number : measures.keySet()) {
            if (number != expected) {
                throw new CorpusFormatException(sourceName + ": measure " + expected + " is missing (next is " + number + ")");
            }
            expected++;
        }
        return List.copyOf(measures.values());
    }

    private static Measure parseMeasure(String sourceName, int lineNo, String[] cells, String category) {
        if (cells.length != COLUMNS) {
            throw new CorpusFormatException(sourceName, lineNo,
                    "a measure row needs " + COLUMNS + " tab-separated cells, found " + cells.length);
        }
        int number = Integer.parseInt(cells[0].trim());
        String[] names = {"名称", "创新做法", "来源", "实施效果", "推广范围"};
        for (int c = 1; c < COLUMNS; c++) {
            if (TextNormalizer.clean(cells[c]).isEmpty()) {
                throw new CorpusFormatException(sourceName, lineNo, "measure " + number + " has an empty " + names[c - 1]);
            }
        }
        return new Measure(number,
                TextNormalizer.clean(cells[1]),
                category,
                splitPractices(TextNormalizer.clean(cells[2])),
                TextNormalizer.clean(cells[3]),
                TextNormalizer.clean(cells[4]),
                TextNormalizer.clean(cells[5]));
    }

    /** Splits "(1)… (2)…" (either width of parenthesis) into items; numbers must run 1, 2, 3… from the start. */
    static List<String> splitPractices(String text) {
        Matcher m = ITEM_MARKER.matcher(text);
        List<int[]> markers = new ArrayList<>(); // {start, end}
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected) continue;
            if (expected == 1 && m.start() != 0) break;
            markers.add(new int[] {m.start(), m.end()});
            expected++;
        }
        if (markers.isEmpty()) return List.of(text);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
            String item = text.substring(markers.get(i)[1], end).trim();
            if (!item.isEmpty()) items.add(item);
        }
        return items;
    }

    private static boolean isHeader(String line) {
        String first = line.split("\t", 2)[0].trim();
        return first.equals("序号") && line.contains("名称");
    }

    private static String categoryOf(String[] cells) {
        String first = TextNormalizer.clean(cells[0]);
        for (int c = 1; c < cells.length; c++) {
            if (!cells[c].isBlank()) return null;
        }
        Matcher m = CATEGORY.matcher(first);
        return m.matches() ? m.group(1).trim() : null;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String abbreviate(String line) {
        String flat = line.replace('\t', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
    }
}
