package org.measuresqa.question;

/** Whether a question points back ("这些", "其中"; "它", "这个") or is too short to stand alone ("效果呢？"). */
final class ReferenceReader {

    private static final int SHORT = 8;

    Reference read(String text) {
        String t = text.replace("其它", "其他");
        Reference.Anaphora anaphora = Vocabulary.PLURAL_ANAPHORA.stream().anyMatch(t::contains) ? Reference.Anaphora.PLURAL
                : Vocabulary.SINGULAR_ANAPHORA.stream().anyMatch(t::contains) ? Reference.Anaphora.SINGULAR
                : Reference.Anaphora.NONE;
        String core = t.replaceAll("[\\s?？!！。,，]", "");
        boolean elliptical = core.length() <= SHORT || core.endsWith("呢") || core.startsWith("那");
        return new Reference(anaphora, elliptical);
    }
}
