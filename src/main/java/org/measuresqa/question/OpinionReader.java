package org.measuresqa.question;

/** Asks for the assistant's opinion, a ranking or a prediction, which the document does not give. */
final class OpinionReader {

    boolean read(String text) {
        return Vocabulary.OPINION.stream().anyMatch(text::contains);
    }
}
