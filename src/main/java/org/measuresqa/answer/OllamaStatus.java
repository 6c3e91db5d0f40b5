package org.measuresqa.answer;

import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;
import java.time.Duration;
import java.util.List;

/** Whether Ollama answers at a base URL and has a model: checked once at start, to choose the answerer. */
public final class OllamaStatus {

    private OllamaStatus() {
    }

    /** @return null when Ollama is usable; otherwise one plain sentence saying why not and how to fix it */
    public static String problem(String baseUrl, String model, Duration timeout) {
        List<String> names;
        try {
            names = OllamaModels.builder().baseUrl(baseUrl).timeout(timeout).maxRetries(0).build()
                    .availableModels().content().stream().map(OllamaModel::getName).toList();
        } catch (RuntimeException e) {
            return "Ollama does not answer at " + baseUrl + " (" + rootMessage(e) + "); install it, run `ollama serve` and `ollama pull "
                    + model + "`, or set OLLAMA_BASE_URL";
        }
        boolean present = names.stream().anyMatch(n -> n.equals(model) || n.equals(model + ":latest"));
        if (!present) {
            return "Ollama at " + baseUrl + " has no model " + model + " (it has " + (names.isEmpty() ? "none" : String.join(", ", names))
                    + "); run `ollama pull " + model + "` or set OLLAMA_MODEL";
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
