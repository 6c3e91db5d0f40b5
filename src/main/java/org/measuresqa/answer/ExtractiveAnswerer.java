package org.measuresqa.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.Chunk;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.retrieval.Focus;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.QueryAnalysis;
import org.measuresqa.retrieval.RetrievalResult;

/**
 * Composes an answer from the retrieved measures' own sentences, so every figure it states is the document's: for a
 * fact the sentences that hold it, for a set a list with the most relevant sentence of each, for a count the number
 * and the list. Needs no model and no network; deterministic.
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String MODE = "extractive";
    private static final Pattern ASKS_QUANTITY = Pattern.compile("多少|几|多大|多久|多长|多高|比例|增长|下降|提高|缩短|压缩|节省|节约|变化|降了|少了|多了|涨了");
    private static final Pattern ASKS_LIST = Pattern.compile("哪些|哪几|有什么|有啥|列举|列出|都有|分别|举措有");
    private static final double ALSO_RELEVANT = 0.97;

    @Override
    public String mode() {
        return MODE;
    }

    @Override
    public String answer(AnswerContext context, Consumer<String> onDelta) {
        String text = compose(context);
        for (String piece : Sentences.split(text)) onDelta.accept(piece);
        return text;
    }

    String compose(AnswerContext context) {
        RetrievalResult r = context.retrieval();
        QueryAnalysis q = r.query().effective();
        if (r.abstain()) return decline(r);
        if (r.measures().isEmpty()) return "文件中没有找到与这个问题相关的举措。";
        if (r.exactSet() && !q.numbers().isEmpty()) return details(r.measures(), q.focus());
        if (r.exactSet() || r.count() || ASKS_LIST.matcher(context.question()).find()) return list(r, q);
        return single(r, q, context.question());
    }

    private static String decline(RetrievalResult r) {
        StringBuilder sb = new StringBuilder("这份文件的32项举措中没有能回答这个问题的内容。");
        if (r.abstainReason() != null) sb.append(r.abstainReason());
        List<MeasureHit> near = r.measures().stream().limit(3).toList();
        if (!near.isEmpty()) {
            sb.append("\n\n最接近的举措：\n");
            for (MeasureHit h : near) sb.append("- ").append(title(h.measure())).append(cite(h.measure())).append('\n');
        }
        return sb.toString().strip();
    }

    /** Measures asked for by number: what each is, then the part asked about. */
    private static String details(List<MeasureHit> hits, Focus focus) {
        StringBuilder sb = new StringBuilder();
        for (MeasureHit h : hits) {
            Measure m = h.measure();
            sb.append("**").append(title(m)).append("**（").append(m.category()).append("，推广范围：").append(m.scope()).append("）\n\n");
            switch (focus) {
                case SCOPE -> sb.append("推广范围：").append(m.scope()).append("。").append(cite(m)).append("\n\n");
                case RESULTS -> sb.append("实施效果：").append(m.results()).append(cite(m)).append("\n\n");
                case PRACTICE -> practices(sb, m);
                case GENERAL -> {
                    practices(sb, m);
                    sb.append("实施效果：").append(firstSentence(m.results())).append(cite(m)).append("\n\n");
                }
            }
        }
        return sb.toString().strip();
    }

    private static void practices(StringBuilder sb, Measure m) {
        sb.append("创新做法：\n");
        for (String p : m.practices()) sb.append("- ").append(firstSentence(p)).append(cite(m)).append('\n');
        sb.append('\n');
    }

    /** A set: how many, then each measure with its most relevant sentence. */
    private static String list(RetrievalResult r, QueryAnalysis q) {
        List<MeasureHit> hits = r.measures();
        StringBuilder sb = new StringBuilder();
        if (r.count()) sb.append("共有").append(hits.size()).append("项：\n\n");
        else if (r.exactSet()) sb.append("符合条件的举措共").append(hits.size()).append("项：\n\n");
        else sb.append("相关的举措有").append(hits.size()).append("项：\n\n");
        for (MeasureHit h : hits) {
            Measure m = h.measure();
            String sentence = bestSentences(h, r, 1, false).get(0);
            sb.append("- **").append(title(m)).append("**：").append(sentence).append(cite(m)).append('\n');
        }
        return sb.toString().strip();
    }

    /** One measure answers: its sentences that hold what was asked; close runners-up are named after it. */
    private static String single(RetrievalResult r, QueryAnalysis q, String question) {
        MeasureHit top = r.measures().get(0);
        Measure m = top.measure();
        StringBuilder sb = new StringBuilder();
        if (!q.sources().isEmpty() && !q.sources().contains(m.source())) {
            sb.append("说明：这项举措来自").append(m.source()).append("，并非").append(String.join("、", q.sources())).append("。\n\n");
        }
        boolean quantity = ASKS_QUANTITY.matcher(question).find();
        sb.append("根据").append(title(m)).append("：");
        if (q.focus() == Focus.SCOPE) {
            sb.append("推广范围为").append(m.scope()).append("。").append(cite(m));
        } else if (q.focus() == Focus.PRACTICE) {
            sb.append("\n\n");
            practices(sb, m);
        } else {
            for (String s : bestSentences(top, r, 1, quantity)) sb.append(s);
            sb.append(cite(m));
        }
        List<MeasureHit> others = r.measures().stream().skip(1)
                .filter(h -> h.score() >= top.score() * ALSO_RELEVANT).limit(2).toList();
        if (!others.isEmpty()) {
            sb.append("\n\n相关的还有：\n");
            for (MeasureHit h : others) {
                sb.append("- **").append(title(h.measure())).append("**：").append(bestSentences(h, r, 1, quantity).get(0)).append(cite(h.measure())).append('\n');
            }
        }
        return sb.toString().strip();
    }

    /**
     * The measure's sentences that best match the question (its terms, a figure when it asks how much, the part it
     * asks about), in the document's order.
     */
    static List<String> bestSentences(MeasureHit hit, RetrievalResult r, int howMany, boolean quantity) {
        Measure m = hit.measure();
        QueryAnalysis q = r.query().effective();
        QueryAnalysis asked = r.query().question();
        record Candidate(String text, int order, double score) {
        }
        List<String> texts = new ArrayList<>();
        List<Boolean> isResult = new ArrayList<>();
        for (String p : m.practices()) {
            for (String s : Sentences.split(p)) {
                texts.add(s.strip());
                isResult.add(false);
            }
        }
        for (String s : Sentences.split(m.results())) {
            texts.add(s.strip());
            isResult.add(true);
        }
        Weights weights = new Weights(texts, LexicalTokens.fold(m.name()), q, r.query().question());
        List<String> evidence = hit.evidence().stream().map(Chunk::text).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double bonus = isResult.get(i) ? (q.focus() == Focus.RESULTS ? 1.5 : 0) : (q.focus() == Focus.PRACTICE ? 1 : 0);
            candidates.add(new Candidate(texts.get(i), i, weights.score(texts.get(i), quantity, evidence) + bonus));
        }
        List<Candidate> best = candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::order))
                .limit(howMany).sorted(Comparator.comparingInt(Candidate::order)).toList();
        return best.stream().map(c -> ensureEnds(c.text())).toList();
    }

    /**
     * Scores a measure's sentences against the question. A word counts more the fewer of the measure's sentences
     * contain it (一件事 is in all of 26's sentences, 满意率 in one); the question's own words count double after a
     * follow-up (they say what is asked now), and its single characters a little (省 in 节省).
     */
    private static final class Weights {
        private final java.util.Map<String, Double> weight = new java.util.HashMap<>();
        private final List<String> chars;

        /** @param name the measure's name: its words identify the measure, not the sentence that answers */
        Weights(List<String> sentences, String name, QueryAnalysis topic, QueryAnalysis asked) {
            List<String> folded = sentences.stream().map(LexicalTokens::fold).toList();
            for (String t : topic.lexicalTerms()) weight.merge(t, idf(t, folded) * (name.contains(t) ? 0.2 : 1), Double::sum);
            if (asked != topic) for (String t : asked.lexicalTerms()) weight.merge(t, 2 * idf(t, folded) * (name.contains(t) ? 0.2 : 1), Double::sum);
            chars = asked.lexicalTerms().stream().flatMap(t -> t.codePoints().mapToObj(Character::toString)).distinct().toList();
        }

        private static double idf(String term, List<String> sentences) {
            long n = sentences.stream().filter(s -> s.contains(term)).count();
            return n == 0 ? 0 : 1.0 / n;
        }

        double score(String sentence, boolean quantity, List<String> evidence) {
            String folded = LexicalTokens.fold(sentence);
            double s = weight.entrySet().stream().filter(e -> folded.contains(e.getKey())).mapToDouble(java.util.Map.Entry::getValue).sum();
            s += 0.1 * chars.stream().filter(folded::contains).count();
            if (quantity && sentence.chars().anyMatch(Character::isDigit)) s += 1.5;
            if (evidence.stream().anyMatch(e -> e.contains(sentence.strip()))) s += 0.2;
            return s;
        }
    }

    private static String firstSentence(String text) {
        return ensureEnds(Sentences.split(text).get(0).strip());
    }

    private static String ensureEnds(String s) {
        char last = s.charAt(s.length() - 1);
        if (last == '；' || last == ';' || last == '，' || last == ',') return s.substring(0, s.length() - 1) + "。";
        return "。！？".indexOf(last) >= 0 ? s : s + "。";
    }

    static String title(Measure m) {
        return "第" + m.number() + "项 " + m.name() + "（" + m.source() + "）";
    }

    static String cite(Measure m) {
        return "[" + m.number() + "]";
    }
}
