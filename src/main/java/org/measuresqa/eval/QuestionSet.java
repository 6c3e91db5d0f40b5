package org.measuresqa.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A question set the {@code eval} command knows by name, with the baseline that gates it.
 *
 * @param sealed   written blind and never read by whoever tunes: only aggregate figures of it are printed or written,
 *                 never a question, an id or a per-question result
 * @param complete must cover every kind and every measure (see {@link QuestionSetCheck})
 */
public record QuestionSet(String name, Path questions, Path baseline, boolean sealed, boolean complete) {

    public static final String OWN = "own";
    public static final String TUNE = "tune";
    public static final String SEALED = "sealed";

    public QuestionSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * The project's sets, in {@code dir}: {@code own} (the first set, written with the system), {@code tune} (written
     * blind, for development) and {@code sealed} (written blind with tune, split off once, run at the end).
     */
    public static List<QuestionSet> standard(Path dir) {
        Path baselines = dir.resolve("baselines");
        return List.of(
                new QuestionSet(OWN, dir.resolve("questions.jsonl"), baselines.resolve("own.json"), false, true),
                new QuestionSet(TUNE, dir.resolve("tune.jsonl"), baselines.resolve("tune.json"), false, false),
                new QuestionSet(SEALED, dir.resolve("sealed.jsonl"), baselines.resolve("sealed.json"), true, false));
    }
}
