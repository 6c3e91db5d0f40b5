package org.measuresqa.answer;

/** The answerer could not produce an answer (model down, missing, slow or broken); the message says which and why. */
public class AnswererUnavailableException extends RuntimeException {

    public AnswererUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public AnswererUnavailableException(String message) {
        super(message);
    }
}
