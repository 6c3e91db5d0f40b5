package org.measuresqa.question;

import java.util.regex.Pattern;

/** A claim put to be confirmed: "…是推广到全国的吧？", "听说发了200单，是这样吗？", "…对吗". */
final class PremiseReader {

    private static final Pattern TAG_QUESTION = Pattern.compile("(吧|对吗|对吧|对不对|是吗|没错吧|是这样吗|是真的吗|真的吗|不是吗)[?？!！。\\s]*$");

    Confidence read(String text) {
        if (TAG_QUESTION.matcher(text).find()) return Confidence.STRONG;
        return Vocabulary.PREMISE_MARKERS.stream().anyMatch(text::contains) ? Confidence.WEAK : Confidence.NONE;
    }
}
