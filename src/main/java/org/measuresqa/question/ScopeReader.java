package org.measuresqa.question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 推广范围 a question names: 长三角, 具备条件的地区 and their variants; 全国 only in phrases about promotion (not in
 * "全国首例"). Each may be negated ("没有推广到全国", "既非全国又非长三角", "长三角以外"): a question that
 * names scopes only in the negative means the others.
 */
final class ScopeReader {

    private static final Pattern NOT_NATIONAL = Pattern.compile(Vocabulary.NOT_NATIONAL);
    private static final Pattern QUALIFIED = Pattern.compile(Vocabulary.QUALIFIED_SCOPE);
    private static final Pattern NOT_AFTER = Pattern.compile("^[”\"」]?\\s*(的)?\\s*(以外|之外)");
    private static final int REACH = 6;
    private static final List<String> ALL = List.of(
            Vocabulary.SCOPE_NATIONAL, Vocabulary.SCOPE_QUALIFIED, Vocabulary.SCOPE_YANGTZE_DELTA);

    Set<String> read(MaskedText t) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> negated = new LinkedHashSet<>();
        Matcher qualified = QUALIFIED.matcher(t.text());
        while (qualified.find()) {
            if (t.isMasked(qualified.start(), qualified.end() - qualified.start())) continue;
            (negated(t.text(), qualified.start(), qualified.end()) ? negated : named).add(Vocabulary.SCOPE_QUALIFIED);
            t.mask(qualified);
        }
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.SCOPES)) {
            (negated(t.text(), m.at(), m.at() + m.alias().length()) ? negated : named).add(m.value());
        }
        Matcher notNational = NOT_NATIONAL.matcher(t.text());
        if (notNational.find() && !t.isMasked(notNational.end() - 2, 2)) {
            t.mask(notNational);
            negated.add(Vocabulary.SCOPE_NATIONAL);
        } else {
            for (String phrase : Vocabulary.NATIONAL_SCOPE_PHRASES) {
                int at = t.findFree(phrase, 0);
                if (at < 0) continue;
                (negated(t.text(), at, at + phrase.length()) ? negated : named).add(Vocabulary.SCOPE_NATIONAL);
                t.maskAll(phrase);
            }
        }
        if (named.isEmpty()) ALL.stream().filter(s -> !negated.isEmpty() && !negated.contains(s)).forEach(named::add);
        if (!named.isEmpty()) Vocabulary.SCOPE_VERBS.forEach(t::maskAll);
        return named;
    }

    private static boolean negated(String text, int start, int end) {
        return Vocabulary.NEGATED_BEFORE.matcher(text.substring(Math.max(0, start - REACH), start)).find()
                || NOT_AFTER.matcher(text.substring(end)).find();
    }
}
