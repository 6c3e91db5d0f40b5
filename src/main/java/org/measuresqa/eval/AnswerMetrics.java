package org.measuresqa.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.corpus.Measure;
import org.measuresqa.corpus.TextNormalizer;

/**
 * Answer metrics, computed from the final answer text alone (independently of the verifier that produced it):
 * citation precision and recall against gold, unsupported citations, fact recall and decline accuracy.
 */
public final class AnswerMetrics {

    public static final String CITATION_PRECISION = "citationPrecision";
    public static final String CITATION_RECALL = "citationRecall";
    public static final String UNSUPPORTED = "unsupportedCitations";
    public static final String FACT_RECALL = "factRecall";
    public static final String DECLINE = "answerDeclineAccuracy";
    public static final List<String> HEADLINE = List.of(CITATION_PRECISION, CITATION_RECALL, UNSUPPORTED, FACT_RECALL, DECLINE);
    public static final List<String> LOWER_IS_BETTER = List.of(UNSUPPORTED);

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final Pattern MEASURE_REFERENCE = Pattern.compile("第\\s*\\d{1,3}\\s*[项条]");

    private final Map<Integer, String> looseText = new LinkedHashMap<>();

    public AnswerMetrics(Corpus corpus) {
        for (Measure m : corpus.measures()) looseText.put(m.number(), TextNormalizer.loose(m.fullText() + m.category()));
    }

    public AnswerResult score(EvalCase c, String answer, boolean abstain) {
        List<Integer> cited = cited(answer);
        Double precision = null;
        Double recall = null;
        if (c.answerable() && !c.gold().isEmpty()) {
            Set<Integer> gold = new HashSet<>(c.gold());
            long hits = cited.stream().filter(gold::contains).count();
            precision = cited.isEmpty() ? 0.0 : (double) hits / cited.size();
            recall = (double) hits / gold.size();
        }
        List<String> missing = new ArrayList<>();
        Double factRecall = null;
        if (c.answerable() && !c.facts().isEmpty()) {
            for (String fact : c.facts()) if (!TextNormalizer.looselyContains(answer, fact)) missing.add(fact);
            factRecall = 1.0 - (double) missing.size() / c.facts().size();
        }
        return new AnswerResult(c.id(), c.kind(), c.answerable(), abstain, cited, precision, recall,
                unsupported(answer), factRecall, missing);
    }

    static List<Integer> cited(String answer) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(answer);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return List.copyOf(out);
    }

    /** Citations in sentences that state a figure none of the sentence's cited measures contains. */
    int unsupported(String answer) {
        int count = 0;
        for (String sentence : answer.split("(?<=[。！？\\n])")) {
            List<Integer> cited = cited(sentence);
            if (cited.isEmpty()) continue;
            String claim = MEASURE_REFERENCE.matcher(CITATION.matcher(sentence).replaceAll("")).replaceAll("");
            Matcher f = FIGURE.matcher(TextNormalizer.loose(claim));
            List<String> figures = new ArrayList<>();
            while (f.find()) figures.add(f.group());
            for (int n : cited) {
                String text = looseText.get(n);
                if (text == null || figures.stream().anyMatch(fig -> !containsNumber(text, fig) && cited.stream()
                        .noneMatch(o -> looseText.containsKey(o) && containsNumber(looseText.get(o), fig)))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean containsNumber(String text, String figure) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(figure) + "(?![\\d]|\\.\\d)").matcher(text).find();
    }

    /** Headline answer metrics over a set of results (unsupported is a total, the rest are means). */
    public static Map<String, Double> summarise(List<AnswerResult> results) {
        Map<String, Double> m = new LinkedHashMap<>();
        mean(m, CITATION_PRECISION, results, AnswerResult::citationPrecision);
        mean(m, CITATION_RECALL, results, AnswerResult::citationRecall);
        m.put(UNSUPPORTED, (double) results.stream().mapToInt(AnswerResult::unsupported).sum());
        mean(m, FACT_RECALL, results, AnswerResult::factRecall);
        mean(m, DECLINE, results, r -> r.declineCorrect() ? 1.0 : 0.0);
        return m;
    }

    private static void mean(Map<String, Double> m, String name, List<AnswerResult> rs, Function<AnswerResult, Double> f) {
        List<Double> values = rs.stream().map(f).filter(java.util.Objects::nonNull).toList();
        if (values.isEmpty()) return;
        m.put(name, Math.round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10000) / 10000.0);
    }
}
