package org.measuresqa.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code eval/questions.jsonl}.
 *
 * @param gold  every measure a correct answer must cite, most relevant first; for filter and count questions the
 *              exact set
 * @param facts strings a correct answer must contain; for count questions the count as "N项"
 * @param trait optional finer kind within the kind ("count-unit", "injection", "premise-scope"…), for reports
 */
public record EvalCase(String id, String kind, String question, List<String> history, List<Integer> gold,
                       List<String> facts, boolean answerable, String trait) {

    public static final List<String> KINDS = List.of(
            "fact", "paraphrase", "theme", "filter", "count", "followup", "unanswerable", "adversarial");

    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        history = history == null ? List.of() : List.copyOf(history);
        gold = gold == null ? List.of() : List.copyOf(gold);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public EvalCase(String id, String kind, String question, List<String> history, List<Integer> gold,
                    List<String> facts, boolean answerable) {
        this(id, kind, question, history, gold, facts, answerable, null);
    }

    /** {@code kind/trait}, or the kind alone. */
    public String kindAndTrait() {
        return trait == null || trait.isBlank() ? kind : kind + "/" + trait;
    }

    /** Filter and count questions name an exact set: the whole set is the right answer, not a ranking. */
    public boolean expectsExactSet() {
        return kind.equals("filter") || kind.equals("count");
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Reads a JSONL file; a malformed line is an error naming its line number. */
    public static List<EvalCase> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the question set " + file + ": " + e.getMessage(), e);
        }
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                cases.add(JSON.readValue(lines.get(i), EvalCase.class));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ", line " + (i + 1) + ": " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return cases;
    }
}
