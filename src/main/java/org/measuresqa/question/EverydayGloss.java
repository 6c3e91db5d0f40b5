package org.measuresqa.question;

import java.util.List;
import java.util.Map;

/**
 * Adds the document's word after an everyday word for the same thing ("国产电动车坐船出口" → "国产电动车 新能源汽车 坐船出口"),
 * in place, so that both the full-text search and the embedding see the document's own term. A user describing a
 * measure in plain words shares few words with it; this gives back the ones a reader of Chinese would supply.
 */
final class EverydayGloss {

    private static final List<List<String>> NEW_THREE = List.of(
            List.of("电动车", "电动汽车", "电车", "新能源车", "新能源汽车"),
            List.of("锂电池", "锂电", "动力电池"), List.of("光伏", "太阳能电池", "太阳能板"));

    private EverydayGloss() {
    }

    static String gloss(String folded) {
        StringBuilder out = new StringBuilder(folded);
        for (Map.Entry<String, String> e : Vocabulary.EVERYDAY.entrySet()) {
            int at = out.indexOf(e.getKey());
            if (at < 0 || out.indexOf(e.getValue()) >= 0) continue; // the document's word is there already
            int end = at + e.getKey().length();
            out.insert(end, " " + e.getValue() + " ");
        }
        // electric cars, lithium batteries and solar panels named together are what is called 新三样
        String said = out.toString();
        long named = NEW_THREE.stream().filter(kinds -> kinds.stream().anyMatch(said::contains)).count();
        if (named >= 2 && !said.contains("新三样")) out.append(" 新三样");
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
