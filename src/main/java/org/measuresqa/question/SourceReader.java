package org.measuresqa.question;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The source cities a question names, by name, pinyin, or a district, port or area inside one (罗湖, 张江, 海沧). A
 * district's name also stays in the topic: the document's text names districts too (罗湖区 in the measure about 跨境信用).
 */
final class SourceReader {

    Set<String> read(MaskedText t) {
        Set<String> out = new LinkedHashSet<>();
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.SOURCES, Vocabulary.CITY_NAMES::contains)) out.add(m.value());
        return out;
    }
}
