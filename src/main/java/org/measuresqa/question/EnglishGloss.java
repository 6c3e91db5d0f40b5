package org.measuresqa.question;

import java.util.Map;

/** Appends the document's Chinese for English words and pinyin a user mixed in ("LNG bunkering" → "… 加注"). */
final class EnglishGloss {

    private EnglishGloss() {
    }

    static String gloss(String folded) {
        StringBuilder extra = new StringBuilder();
        String padded = " " + folded.replaceAll("[^a-z0-9\\-]+", " ") + " ";
        for (Map.Entry<String, String> e : Vocabulary.ENGLISH.entrySet()) {
            String word = " " + e.getKey() + " ";
            if (padded.contains(word)) {
                padded = padded.replace(word, "  ");
                extra.append(' ').append(e.getValue());
            }
        }
        return extra.length() == 0 ? folded : folded + " " + extra.toString().trim();
    }
}
