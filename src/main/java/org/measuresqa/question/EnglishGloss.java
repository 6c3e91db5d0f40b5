package org.measuresqa.question;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the document's Chinese after each English word a user mixed in ("LNG bunkering" → "lng bunkering 加注"), in
 * place, so that the clause it belongs to reads as Chinese ("费用 drop 下降 了多少" asks a change).
 */
final class EnglishGloss {

    private EnglishGloss() {
    }

    static String gloss(String folded) {
        String out = folded;
        for (Map.Entry<String, String> e : Vocabulary.ENGLISH.entrySet()) {
            Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(e.getKey()) + "(?![a-z0-9])").matcher(out);
            if (!m.find()) continue;
            out = m.replaceFirst(Matcher.quoteReplacement(e.getKey() + " " + e.getValue() + " "));
        }
        return out.replaceAll(" {2,}", " ").strip();
    }
}
