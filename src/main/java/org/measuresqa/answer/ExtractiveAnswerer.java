package org.measuresqa.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.MeasureSentences;
import org.measuresqa.question.Ask;
import org.measuresqa.question.Filters;
import org.measuresqa.question.Focus;
import org.measuresqa.question.QueryAnalysis;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.retrieval.ScoredSentence;

/**
 * Composes an answer from the retrieved measures' own sentences, so every figure it states is the document's: for a
 * fact the sentences retrieval ranked best for what was asked (one for each clause that asks something), for a set
 * a list with each measure's best sentence, for a count the number and the list. Where the question's premise
 * (a city, a scope, a heading) is wrong, the answer says so first. Needs no model and no network; deterministic.
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String MODE = "extractive";
    private static final double ALSO_RELEVANT = 0.99;
    /** A second sentence is quoted when it answers nearly as well as the best one. */
    private static final double SECOND_SENTENCE = 0.85;
    /** Practice items up to this long are quoted whole rather than one sentence of them. */
    private static final int WHOLE_ITEM = 200;

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

    /**
     * A count, or a set read from the document's own fields (all measures of a city, a category): the list composed
     * here is the complete answer, which a model could only shorten or pad, so it is not asked.
     */
    public static boolean answersExactly(RetrievalResult r) {
        QueryAnalysis q = r.query().effective();
        return !r.abstain() && !r.measures().isEmpty()
                && (r.count() || (r.exactSet() && (q.numbers().isEmpty() || q.intent().asksForSet())));
    }

    String compose(AnswerContext context) {
        RetrievalResult r = context.retrieval();
        QueryAnalysis q = r.query().effective();
        if (r.abstain()) return decline(r);
        if (r.measures().isEmpty()) return "文件中没有找到与这个问题相关的举措。";
        if (r.exactSet() && !q.numbers().isEmpty() && !q.intent().asksForSet()) return details(r.measures(), q.ask());
        if (r.exactSet() || r.count() || q.intent().list().strong()) return list(r);
        return single(r);
    }

    private static String decline(RetrievalResult r) {
        StringBuilder sb = new StringBuilder("这份文件中没有能回答这个问题的内容。").append(DeclineWording.reason(r.decline()));
        List<MeasureHit> near = r.measures().stream().limit(3).toList();
        if (!near.isEmpty()) {
            sb.append("\n\n最接近的举措：\n");
            for (MeasureHit h : near) sb.append("- ").append(title(h.measure())).append(cite(h.measure())).append('\n');
        }
        return sb.toString().strip();
    }

    /** Measures asked for by number: what each is, then the part asked about. */
    private static String details(List<MeasureHit> hits, Ask ask) {
        StringBuilder sb = new StringBuilder();
        for (MeasureHit h : hits) {
            Measure m = h.measure();
            sb.append("**").append(title(m)).append("**（").append(m.category()).append("，推广范围：").append(m.scope()).append("）\n\n");
            if (ask.asks(Focus.RESULTS) || ask.asksQuantity()) {
                sb.append("实施效果：").append(m.results()).append(cite(m)).append("\n\n");
            } else if (ask.asks(Focus.SCOPE) || ask.asks(Focus.SOURCE) || ask.asks(Focus.CATEGORY)) {
                sb.append("来源：").append(m.source()).append("；推广范围：").append(m.scope()).append("。").append(cite(m)).append("\n\n");
            } else {
                practices(sb, m, ask.asks(Focus.PRACTICE));
                if (!ask.asks(Focus.PRACTICE)) sb.append("实施效果：").append(firstSentence(m.results())).append(cite(m)).append("\n\n");
            }
        }
        return sb.toString().strip();
    }

    private static void practices(StringBuilder sb, Measure m, boolean whole) {
        sb.append("创新做法：\n");
        for (String p : m.practices()) sb.append("- ").append(whole ? ensureEnds(p) : firstSentence(p)).append(cite(m)).append('\n');
        sb.append('\n');
    }

    /** A set: how many, then each measure with its best sentence. */
    private static String list(RetrievalResult r) {
        List<MeasureHit> hits = r.measures();
        StringBuilder sb = new StringBuilder();
        String conditions = r.query().effective().filters().describe();
        if (r.count()) sb.append("共有").append(hits.size()).append("项").append(conditions.isEmpty() ? "" : "（" + conditions + "）").append("：\n\n");
        else if (r.exactSet()) {
            sb.append("符合条件").append(conditions.isEmpty() ? "" : "（" + conditions + "）").append("的举措共").append(hits.size()).append("项：\n\n");
        }
        else sb.append("相关的举措有").append(hits.size()).append("项：\n\n");
        // "一共几条，是否全在全国推广": each line says its scope
        boolean scopeAsked = r.query().effective().ask().asks(Focus.SCOPE);
        for (MeasureHit h : hits) {
            Measure m = h.measure();
            sb.append("- **").append(title(m)).append("**").append(scopeAsked ? "（推广范围：" + m.scope() + "）" : "")
                    .append("：").append(best(h)).append(cite(m)).append('\n');
        }
        return sb.toString().strip();
    }

    /** One measure answers: a premise corrected, the field asked about, and the sentences that hold what was asked. */
    private static String single(RetrievalResult r) {
        MeasureHit top = r.measures().get(0);
        Measure m = top.measure();
        QueryAnalysis asked = r.query().question();
        Ask effective = r.query().effective().ask();
        // a practice item a follow-up points at by its ordinal is read against the turn before ("第三点是怎么落实的")
        Ask ask = asked.ask().isGeneral() || effective.practiceItem() > asked.ask().practiceItem() ? effective : asked.ask();
        StringBuilder sb = new StringBuilder();
        corrections(sb, asked.filters(), m);
        sb.append("根据").append(title(m)).append("：");
        // "它有几条做法": the number of its practice items, then the items
        if (org.measuresqa.question.Vocabulary.PRACTICES_COUNTED.matcher(asked.text()).find()) sb.append("共有").append(m.practices().size()).append("条创新做法。");
        List<String> fields = new ArrayList<>();
        if (ask.asks(Focus.SOURCE)) fields.add("来源为" + m.source());
        if (ask.asks(Focus.SCOPE) || !asked.filters().scopes().isEmpty()) fields.add("推广范围为" + m.scope());
        if (ask.asks(Focus.CATEGORY) || !asked.filters().categories().isEmpty()) fields.add("属于“" + m.category() + "”类");
        if (!fields.isEmpty()) sb.append(String.join("，", fields)).append("。").append(cite(m));
        boolean onlyFields = !fields.isEmpty() && !ask.asksQuantity() && !ask.asks(Focus.RESULTS) && !ask.asks(Focus.PRACTICE)
                && ask.clauses().size() <= 1;
        if (!onlyFields) {
            if (!fields.isEmpty()) sb.append("\n\n");
            if (ask.practiceItem() > 0 && ask.practiceItem() <= m.practices().size()) {
                sb.append(ensureEnds(m.practices().get(ask.practiceItem() - 1))).append(cite(m));
            } else if (ask.asks(Focus.RESULTS) && !ask.asksQuantity() && !asked.topic().present()) {
                sb.append("实施效果：").append(m.results()).append(cite(m)); // "效果呢？": all of it
            } else if (ask.asks(Focus.PRACTICE) && !ask.asksQuantity() && !asked.topic().present()) {
                sb.append("\n\n");
                practices(sb, m, false);
            } else if (ask.asks(Focus.RESULTS) && !ask.asksQuantity()) {
                // "这办法成效如何": the results are asked as a whole, and the field is short
                StringBuilder besides = new StringBuilder();
                for (String s : answering(top, ask)) if (!fromResults(s, m)) besides.append(s);
                if (!besides.isEmpty()) sb.append(besides).append(cite(m)).append("\n\n");
                sb.append("实施效果：").append(m.results()).append(cite(m));
            } else {
                List<String> said = answering(top, ask);
                for (String s : said) sb.append(s);
                sb.append(cite(m));
                // a question that only describes the measure ("有这种做法吗") is answered with what it achieved too
                if (ask.isGeneral() && said.stream().noneMatch(s -> fromResults(s, m))) {
                    sb.append("\n\n实施效果：").append(firstSentence(m.results())).append(cite(m));
                } else if (ask.asks(Focus.PRACTICE) && !ask.asksQuantity() && said.stream().noneMatch(s -> fromResults(s, m))
                        && AIMS_AT_A_CHANGE.matcher(asked.text()).find()) {
                    // "有什么办法能缩短" asks how, for a gain: what the measure gained is part of the answer
                    sb.append("\n\n实施效果：").append(bestResult(top)).append(cite(m));
                }
                // "如今有何新招", "是怎么管的": how it is done is all of its practices, not the one sentence nearest
                // the question's wording; the others follow, one sentence each
                if ((ask.asks(Focus.PRACTICE) || ask.isGeneral()) && !ask.asksQuantity() && ask.practiceItem() == 0) {
                    List<String> rest = m.practices().stream().map(ExtractiveAnswerer::firstSentence)
                            .filter(p -> said.stream().noneMatch(x -> overlaps(x, p))).toList();
                    if (!rest.isEmpty()) {
                        sb.append("\n\n其他做法：\n");
                        for (String p : rest) sb.append("- ").append(p).append(cite(m)).append('\n');
                    }
                }
            }
        }
        // a runner-up nearly as close is named too, unless the question asks a figure or continues a measure in view
        boolean oneMeasure = ask.asksQuantity() || r.query().followUp();
        List<MeasureHit> others = oneMeasure ? List.of() : r.measures().stream().skip(1)
                .filter(h -> h.score() >= top.score() * ALSO_RELEVANT).limit(2).toList();
        if (!others.isEmpty()) {
            sb.append("\n\n相关的还有：\n");
            for (MeasureHit h : others) {
                sb.append("- **").append(title(h.measure())).append("**：").append(best(h)).append(cite(h.measure())).append('\n');
            }
        }
        return sb.toString().strip();
    }

    /** "说明：这项举措来自厦门，并非深圳。": a city, scope or heading the question named that the measure does not have. */
    private static void corrections(StringBuilder sb, Filters named, Measure m) {
        List<String> notes = new ArrayList<>();
        if (!named.sources().isEmpty() && !named.sources().contains(m.source())) {
            notes.add("这项举措来自" + m.source() + "，并非" + String.join("、", named.sources()));
        }
        if (!named.scopes().isEmpty() && !named.scopes().contains(m.scope())) {
            notes.add("它的推广范围是" + m.scope() + "，不是" + String.join("、", named.scopes()));
        }
        if (!named.categories().isEmpty() && !named.categories().contains(m.category())) {
            notes.add("它属于“" + m.category() + "”，不属于“" + String.join("、", named.categories()) + "”");
        }
        if (!notes.isEmpty()) sb.append("说明：").append(String.join("；", notes)).append("。\n\n");
    }

    /**
     * The sentences that answer: the best one for each clause of the question that asks something, and a second when
     * it answers nearly as well; in the document's order.
     */
    private static List<String> answering(MeasureHit hit, Ask ask) {
        List<ScoredSentence> ranked = hit.sentences();
        if (ranked.isEmpty()) return List.of(firstSentence(hit.measure().results()));
        Set<ScoredSentence> chosen = new LinkedHashSet<>();
        chosen.add(ranked.get(0));
        ranked.stream().filter(s -> !s.bestFor().isEmpty()).forEach(chosen::add);
        if (ranked.size() > 1 && ranked.get(1).score() >= ranked.get(0).score() * SECOND_SENTENCE) chosen.add(ranked.get(1));
        List<MeasureSentences.Sentence> inOrder = chosen.stream().map(ScoredSentence::sentence)
                .sorted(Comparator.comparingInt((MeasureSentences.Sentence s) -> s.item() == 0 ? Integer.MAX_VALUE : s.item())
                        .thenComparingInt(MeasureSentences.Sentence::index))
                .distinct().toList();
        // a practice item is one thought ("设立跨级直通参评。申报人员可以无须逐级申报…"): quote it whole when short
        List<String> out = new ArrayList<>();
        Set<Integer> items = new java.util.HashSet<>();
        for (MeasureSentences.Sentence s : inOrder) {
            if (!s.fromResults() && s.item() <= hit.measure().practices().size()) {
                String item = hit.measure().practices().get(s.item() - 1);
                if (item.length() <= WHOLE_ITEM) {
                    if (items.add(s.item())) out.add(ensureEnds(item));
                    continue;
                }
            }
            out.add(ensureEnds(s.text()));
        }
        return out;
    }

    /** A question for a way to shrink, save or speed something up ("有什么办法能缩短", "怎么才能省钱"). */
    private static final java.util.regex.Pattern AIMS_AT_A_CHANGE =
            java.util.regex.Pattern.compile("(能|可以|才能|来|好)(缩短|减少|节省|省|降低|提高|提升|加快|变快|快)");

    /** The measure's result sentence that best answers the question, else its first. */
    private static String bestResult(MeasureHit h) {
        return h.sentences().stream().filter(s -> s.sentence().fromResults()).findFirst()
                .map(s -> ensureEnds(s.sentence().text())).orElse(firstSentence(h.measure().results()));
    }

    private static String best(MeasureHit h) {
        return h.sentences().isEmpty() ? firstSentence(h.measure().results()) : ensureEnds(h.sentences().get(0).sentence().text());
    }

    /** Whether two quoted passages share a sentence (one holds the other, punctuation aside). */
    private static boolean overlaps(String a, String b) {
        String x = bare(a);
        String y = bare(b);
        return x.contains(y) || y.contains(x);
    }

    /** Whether a quoted sentence is one of the measure's results. */
    private static boolean fromResults(String sentence, Measure m) {
        String s = bare(sentence);
        return !s.isEmpty() && m.results().contains(s);
    }

    /** A quoted sentence without the stop {@link #ensureEnds} gave it. */
    private static String bare(String sentence) {
        return sentence.strip().replaceAll("[。；;，,]$", "");
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
