package org.measuresqa.answer;

import java.util.Objects;

/**
 * An answer before verification: its text, the answerer that wrote it, and why not the model when one is configured
 * and did not answer.
 *
 * @param fallback null when the answerer that wrote it is the one meant to
 */
record Draft(String text, String mode, AnswererUnavailableException.Reason fallback) {

    Draft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
    }

    boolean byModel() {
        return !mode.equals(ExtractiveAnswerer.MODE);
    }
}
