package org.measuresqa.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.corpus.Measure;
import org.measuresqa.corpus.TextNormalizer;

/** Checks a question set against the corpus; returns every problem found, each naming its question. */
public final class QuestionSetCheck {

    /** Each measure must be the gold answer of at least this many single-measure questions. */
    public static final int MIN_COVERAGE = 3;
    public static final int MIN_PER_KIND = 10;
    private static final Set<String> COVERING_KINDS = Set.of("fact", "paraphrase", "followup", "adversarial");

    private QuestionSetCheck() {
    }

    public static List<String> problems(List<EvalCase> cases, Corpus corpus) {
        return problems(cases, corpus, true);
    }

    /** @param complete also require every kind and every measure to be covered (the main set; a held-out set need not be) */
    public static List<String> problems(List<EvalCase> cases, Corpus corpus, boolean complete) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        Map<Integer, Integer> coverage = new HashMap<>();
        for (EvalCase c : cases) {
            if (!ids.add(c.id())) problems.add(c.id() + ": duplicate id");
            if (!EvalCase.KINDS.contains(c.kind())) problems.add(c.id() + ": unknown kind " + c.kind());
            perKind.merge(c.kind(), 1, Integer::sum);
            if (c.question().isBlank()) problems.add(c.id() + ": empty question");
            if (c.answerable() == c.gold().isEmpty()) {
                problems.add(c.id() + ": answerable must be false exactly when gold is empty");
            }
            for (int n : c.gold()) {
                if (corpus.measure(n).isEmpty()) problems.add(c.id() + ": gold measure " + n + " does not exist");
                else if (COVERING_KINDS.contains(c.kind())) coverage.merge(n, 1, Integer::sum);
            }
            if (new HashSet<>(c.gold()).size() != c.gold().size()) problems.add(c.id() + ": gold repeats a measure");
            for (String fact : c.facts()) {
                // a follow-up may ask how many of a list there are ("这些里面几项是深圳的"): its fact is then a count too
                boolean followUpCount = c.kind().equals("followup") && fact.equals(c.gold().size() + "项");
                if (followUpCount) continue;
                if (c.kind().equals("count")) {
                    if (!fact.equals(c.gold().size() + "项")) {
                        problems.add(c.id() + ": count fact \"" + fact + "\" is not the size of gold (" + c.gold().size() + "项)");
                    }
                    continue;
                }
                boolean found = c.gold().stream().map(corpus::measure).flatMap(java.util.Optional::stream)
                        .map(m -> m.fullText() + "\n" + m.category()).anyMatch(t -> TextNormalizer.looselyContains(t, fact));
                if (!found) problems.add(c.id() + ": fact \"" + fact + "\" occurs in no gold measure");
            }
        }
        if (!complete) return problems;
        for (String kind : EvalCase.KINDS) {
            int n = perKind.getOrDefault(kind, 0);
            if (n < MIN_PER_KIND) problems.add("kind " + kind + " has " + n + " questions; at least " + MIN_PER_KIND + " are needed");
        }
        for (Measure m : corpus.measures()) {
            int n = coverage.getOrDefault(m.number(), 0);
            if (n < MIN_COVERAGE) {
                problems.add("measure " + m.number() + " is the gold of " + n + " single-measure questions; at least " + MIN_COVERAGE + " are needed");
            }
        }
        return problems;
    }
}
