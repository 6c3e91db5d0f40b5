package org.measuresqa.question;

import java.util.regex.Pattern;

/** Asks for the assistant's opinion, a ranking or a prediction, which the document does not give. */
final class OpinionReader {

    private static final Pattern PREDICTION = Pattern.compile(Vocabulary.PREDICTION);
    private static final Pattern COMPARISON = Pattern.compile(Vocabulary.COMPARISON);

    boolean read(String text) {
        return Vocabulary.OPINION.stream().anyMatch(text::contains) || PREDICTION.matcher(text).find()
                || COMPARISON.matcher(text).find();
    }
}
