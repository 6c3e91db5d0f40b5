package org.measuresqa.question;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 推广范围 a question names: 长三角, 具备条件的地区 and their variants; 全国 only in phrases about promotion (not in
 * "全国首例"); and a negated 全国 ("没有推广到全国", "不是面向全国的") as every scope but 全国.
 */
final class ScopeReader {

    private static final Pattern NOT_NATIONAL = Pattern.compile(Vocabulary.NOT_NATIONAL);
    private static final Pattern QUALIFIED = Pattern.compile(Vocabulary.QUALIFIED_SCOPE);

    Set<String> read(MaskedText t) {
        Set<String> scopes = new LinkedHashSet<>();
        if (t.maskAll(QUALIFIED) > 0) scopes.add(Vocabulary.SCOPE_QUALIFIED);
        for (AliasMatcher.Match m : AliasMatcher.take(t, Vocabulary.SCOPES)) scopes.add(m.value());
        Matcher notNational = NOT_NATIONAL.matcher(t.text());
        if (notNational.find() && !t.isMasked(notNational.end() - 2, 2)) {
            t.mask(notNational);
            if (scopes.isEmpty()) {
                scopes.add(Vocabulary.SCOPE_QUALIFIED);
                scopes.add(Vocabulary.SCOPE_YANGTZE_DELTA);
            }
        } else {
            for (String phrase : Vocabulary.NATIONAL_SCOPE_PHRASES) {
                if (t.maskAll(phrase)) scopes.add(Vocabulary.SCOPE_NATIONAL);
            }
        }
        if (!scopes.isEmpty()) Vocabulary.SCOPE_VERBS.forEach(t::maskAll);
        return scopes;
    }
}
