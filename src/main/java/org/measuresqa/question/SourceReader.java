package org.measuresqa.question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The source cities a question names, by name, pinyin, or a district, port or area inside one (罗湖, 张江, 海沧). A
 * district's name also stays in the topic: the document's text names districts too (罗湖区 in the measure about 跨境信用).
 * A city named in the negative ("不是厦门的", "除了深圳以外") means the other sources.
 */
final class SourceReader {

    private static final Pattern NOT_BEFORE = Pattern.compile("(不是|并非|非|除了|除去|除|不含|不包括|排除|去掉)\\s*$");
    private static final Pattern NOT_AFTER = Pattern.compile("^\\s*(的)?\\s*(以外|之外)");
    private static final int REACH = 3;

    Set<String> read(MaskedText t) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> negated = new LinkedHashSet<>();
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.SOURCES, Vocabulary.CITY_NAMES::contains)) {
            String before = t.text().substring(Math.max(0, m.at() - REACH), m.at());
            String after = t.text().substring(m.at() + m.alias().length());
            boolean not = NOT_BEFORE.matcher(before).find() || NOT_AFTER.matcher(after).find();
            (not ? negated : named).add(m.value());
        }
        if (named.isEmpty() && !negated.isEmpty()) {
            for (String s : List.of(Vocabulary.XIAMEN, Vocabulary.SHENZHEN, Vocabulary.PUDONG)) {
                if (!negated.contains(s)) named.add(s);
            }
        }
        return named;
    }
}
