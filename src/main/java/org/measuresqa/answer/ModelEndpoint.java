package org.measuresqa.answer;

import java.util.Objects;

/** Which model server answers, where, and with which model: for messages that say what to fix. */
public record ModelEndpoint(Kind kind, String baseUrl, String model) {

    /** The two APIs the server speaks. */
    public enum Kind {
        OLLAMA("ollama", "Ollama"),
        OPENAI("openai", "the OpenAI-compatible server");

        private final String mode;
        private final String label;

        Kind(String mode, String label) {
            this.mode = mode;
            this.label = label;
        }

        /** Shown to users as the answer's mode. */
        public String mode() {
            return mode;
        }
    }

    public ModelEndpoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
    }

    /** "Ollama at http://… (model …)". */
    public String describe() {
        return kind.label + " at " + baseUrl + " (model " + model + ")";
    }

    String whenRefused() {
        return kind == Kind.OLLAMA ? "is `ollama serve` running?" : "is the server running at OPENAI_BASE_URL?";
    }

    String whenMissing() {
        return kind == Kind.OLLAMA ? "run `ollama pull " + model + "`" : "check OPENAI_MODEL against the models the server lists";
    }
}
