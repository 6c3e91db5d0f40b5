package org.measuresqa.question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source cities a question names, by name, pinyin, or a district, port or area inside one (罗湖, 张江, 海沧). A
 * district's name also stays in the topic: the document's text names districts too (罗湖区 in the measure about 跨境信用).
 * A city named in the negative ("不是厦门的", "除了深圳以外") means the other sources.
 */
final class SourceReader {

    private static final Pattern NOT_BEFORE = Pattern.compile("(不是|并非|非|除了|除去|除开|除|不含|不包括|排除|去掉|不在|不属于|剔除|刨除|刨去|去除|除掉|扣除|不算|不计|不要|撇开|抛开)\\s*(来自|出自|源自|属于|由)?\\s*$");
    /** "不算浦东与厦门的": a city joined to a negated one is negated too. */
    private static final Pattern JOINED = Pattern.compile("^\\s*(和|与|跟|及|以及|、|或|或者)\\s*$");
    /** "厦门的去掉", "厦门的条目剔除": what is left out, then the word for it. */
    private static final Pattern NOT_AFTER = Pattern.compile("^\\s*(的)?\\s*(条目|举措|经验|做法|措施|案例|那些|那几条)?\\s*" + Vocabulary.FOR_NOW
            + Vocabulary.LEFT_OUT_AFTER);
    private static final int REACH = 5;
    /** "由厦门提供的", "深圳报送了": the verb that says who supplied a measure names no topic. */
    private static final Pattern SUPPLIED = Pattern.compile("^\\s*(市|区|新区|这边|那边)?\\s*(所|来)?(提供|报送|上报|贡献|提交|提出|推荐|总结)");

    /** @param districts the districts, ports and areas that named a source ("张江"), left in the text as topic words */
    record Reading(Set<String> sources, List<String> districts) {
    }

    Reading read(MaskedText t) {
        Set<String> named = new LinkedHashSet<>();
        List<String> districts = new java.util.ArrayList<>();
        Set<String> negated = new LinkedHashSet<>();
        AliasMatcher.Match previous = null;
        boolean previousNot = false;
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.SOURCES, Vocabulary.CITY_NAMES::contains)) {
            String before = t.text().substring(Math.max(0, m.at() - REACH), m.at());
            String after = t.text().substring(m.at() + m.alias().length());
            int previousEnd = previous == null ? -1 : previous.at() + previous.alias().length();
            boolean joined = previousNot && previousEnd >= 0 && previousEnd <= m.at()
                    && JOINED.matcher(t.text().substring(previousEnd, m.at())).find();
            boolean not = NOT_BEFORE.matcher(before).find() || NOT_AFTER.matcher(after).find() || joined;
            previous = m;
            previousNot = not;
            Matcher supplied = SUPPLIED.matcher(after);
            if (supplied.find()) t.mask(m.at() + m.alias().length() + supplied.start(3), supplied.group(3).length());
            (not ? negated : named).add(m.value());
            if (!Vocabulary.CITY_NAMES.contains(m.alias())) districts.add(m.alias());
        }
        if (named.isEmpty() && !negated.isEmpty()) {
            for (String s : List.of(Vocabulary.XIAMEN, Vocabulary.SHENZHEN, Vocabulary.PUDONG)) {
                if (!negated.contains(s)) named.add(s);
            }
        }
        return new Reading(named, districts);
    }
}
