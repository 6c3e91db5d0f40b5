package org.measuresqa.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 推广范围 a question names: 长三角, 具备条件的地区 and their variants; 全国 only in phrases about promotion (not in
 * "全国首例"). Each may be negated ("没有推广到全国", "既非全国又非长三角", "长三角以外"), and a negation carries over
 * scopes joined to the negated one ("长三角和有条件地区都不算"). A question that names scopes only in the
 * negative means the others. A scope said only to be limited ("推广范围有限定", "局部推广") is every scope but 全国.
 */
final class ScopeReader {

    private static final Pattern NOT_NATIONAL = Pattern.compile(Vocabulary.NOT_NATIONAL);
    private static final Pattern QUALIFIED = Pattern.compile(Vocabulary.QUALIFIED_SCOPE);
    private static final Pattern LIMITED = Pattern.compile(Vocabulary.LIMITED_SCOPE);
    /** 全国 as the value of the field: "推广范围一栏是“全国”", "范围写着全国", or quoted as a value. */
    private static final Pattern NATIONAL_AS_VALUE = Pattern.compile(
            "(推广)?范围[^，,。？?；;、]{0,7}?[“\"「]?全国[”\"」]?|[“\"「]全国[”\"」]");
    /** "长三角的不算", "长三角这类区域的暂且不要": left out, perhaps with a description of the kind between. */
    private static final Pattern NOT_AFTER = Pattern.compile("^[”\"」]?\\s*((那|这)(种|类|样)[^，,。？?；;]{0,5}?)?(的)?\\s*" + Vocabulary.FOR_NOW
            + Vocabulary.LEFT_OUT_AFTER);
    /** What may stand between two scopes joined as one phrase: "长三角或是条件具备的地方", "长三角、有条件地区". */
    private static final Pattern JOINED = Pattern.compile("^[^，,。？?；;]{0,3}?(或者|或是|或|以及|和|及|与|跟|、|还有)[^，,。？?；;]{0,4}$");
    private static final int REACH = 6;
    private static final String LIMITED_MARK = "limited";
    private static final Pattern SOME_PLACES = Pattern.compile("(部分|特定|个别|少数)(地区|地方)");
    private static final List<String> ALL = List.of(
            Vocabulary.SCOPE_NATIONAL, Vocabulary.SCOPE_QUALIFIED, Vocabulary.SCOPE_YANGTZE_DELTA);

    private record Hit(int start, int end, String value) {
    }

    Set<String> read(MaskedText t) {
        List<Hit> hits = new ArrayList<>();
        take(t, LIMITED, LIMITED_MARK, hits);
        take(t, QUALIFIED, Vocabulary.SCOPE_QUALIFIED, hits);
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.SCOPES)) {
            hits.add(new Hit(m.at(), m.at() + m.alias().length(), m.value()));
        }
        Set<String> named = new LinkedHashSet<>();
        Set<String> negated = new LinkedHashSet<>();
        Matcher notNational = NOT_NATIONAL.matcher(t.text());
        if (notNational.find() && !t.isMasked(notNational.end() - 2, 2)) {
            t.mask(notNational);
            negated.add(Vocabulary.SCOPE_NATIONAL);
        } else {
            take(t, NATIONAL_AS_VALUE, Vocabulary.SCOPE_NATIONAL, hits);
            for (String phrase : Vocabulary.NATIONAL_SCOPE_PHRASES) {
                int at = t.findFree(phrase, 0);
                if (at < 0) continue;
                hits.add(new Hit(at, at + phrase.length(), Vocabulary.SCOPE_NATIONAL));
                t.maskAll(phrase);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        // "仅在一些地区试行": some places, with no condition named, are the limited scopes both, unless 长三角 is named
        // beside them ("部分地区或者长三角"), when they are the other one
        boolean delta = hits.stream().anyMatch(h -> h.value().equals(Vocabulary.SCOPE_YANGTZE_DELTA));
        if (!delta) {
            hits.replaceAll(h -> h.value().equals(Vocabulary.SCOPE_QUALIFIED) && SOME_PLACES.matcher(t.text().substring(h.start(), h.end())).matches()
                    ? new Hit(h.start(), h.end(), LIMITED_MARK) : h);
        }
        Hit previous = null;
        boolean previousNegated = false;
        for (Hit h : hits) {
            boolean no = negated(t.text(), h.start(), h.end())
                    || previousNegated && h.start() >= previous.end() && JOINED.matcher(t.text().substring(previous.end(), h.start())).find();
            if (h.value().equals(LIMITED_MARK)) {
                if (no) named.add(Vocabulary.SCOPE_NATIONAL);
                else ALL.stream().filter(s -> !s.equals(Vocabulary.SCOPE_NATIONAL)).forEach(named::add);
            } else {
                (no ? negated : named).add(h.value());
            }
            previous = h;
            previousNegated = no;
        }
        if (named.isEmpty()) ALL.stream().filter(s -> !negated.isEmpty() && !negated.contains(s)).forEach(named::add);
        if (!named.isEmpty()) Vocabulary.SCOPE_VERBS.forEach(t::maskAll);
        return named;
    }

    private static void take(MaskedText t, Pattern p, String value, List<Hit> into) {
        Matcher m = p.matcher(t.text());
        while (m.find()) {
            if (t.isMasked(m.start(), m.end() - m.start())) continue;
            into.add(new Hit(m.start(), m.end(), value));
            t.mask(m);
        }
    }

    private static boolean negated(String text, int start, int end) {
        return Vocabulary.NEGATED_BEFORE.matcher(text.substring(Math.max(0, start - REACH), start)).find()
                || NOT_AFTER.matcher(text.substring(end)).find();
    }
}
