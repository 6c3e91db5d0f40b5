package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.measuresqa.index.Embedder;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.question.Ask;
import org.measuresqa.question.Figures;
import org.measuresqa.question.Focus;
import org.measuresqa.question.Quantity;
import org.measuresqa.question.QueryAnalysis;

/**
 * Ranks a measure's sentences by how well each answers what the question asks: the sentence's embedding against the
 * question's, the question's words (a word counts more the fewer of the measure's sentences hold it), a figure of
 * the kind asked for (a duration for "多久", money for "多少钱"), and the part asked about (效果, 做法). A question
 * with several clauses gets the best sentence for each.
 */
final class SentenceRanker {

    private static final double DENSE = 4.0;
    private static final double FIGURE_OF_KIND = 3.0;
    private static final double UNIT_NAMED = 1.0;
    private static final double FOCUS = 1.5;
    private static final double PRACTICE_ITEM = 3.0;
    private static final double NAME_WORD = 0.2;
    private static final java.util.regex.Pattern ASKS_COUNTRIES =
            java.util.regex.Pattern.compile(NotGivenCheck.ASKS_COUNTRIES.pattern() + "|国家有哪些");

    private final MeasureData data;

    SentenceRanker(MeasureData data) {
        this.data = data;
    }

    /**
     * @param asked     what the latest question says by itself (its words and ask decide)
     * @param effective the question with the conversation taken into account (its topic words count a little)
     * @param vector    the latest question's embedding
     * @param clauseVectors one embedding per clause when the question has several ("增了多少？地位有何变化？"): each
     *                  clause is matched by its own meaning; empty for a question of one clause
     */
    List<ScoredSentence> rank(int measure, QueryAnalysis asked, QueryAnalysis effective, float[] vector,
                              List<float[]> clauseVectors) {
        List<MeasureData.VectorSentence> sentences = data.sentences.getOrDefault(measure, List.of());
        if (sentences.isEmpty()) return List.of();
        Ask ask = asked.ask().isGeneral() ? effective.ask() : asked.ask();
        List<String> clauses = ask.clauses().isEmpty() ? List.of(asked.topic().searchText()) : ask.clauses();
        String name = LexicalTokens.fold(data.measure(measure).name());
        double[][] scores = new double[sentences.size()][clauses.size()];
        List<NamesAsked> namesAsked = clauses.stream().map(NamesAsked::of).toList();
        for (int i = 0; i < sentences.size(); i++) {
            MeasureData.VectorSentence s = sentences.get(i);
            double whole = s.vector() == null || vector == null ? 0 : Embedder.dot(vector, s.vector());
            for (int c = 0; c < clauses.size(); c++) {
                double dense = whole;
                if (clauseVectors.size() == clauses.size() && s.vector() != null) {
                    dense = (whole + Embedder.dot(clauseVectors.get(c), s.vector())) / 2;
                }
                scores[i][c] = DENSE * dense + lexical(s, sentences, clauses.get(c), effective, name)
                        + kind(s, quantityOf(ask, clauses.get(c))) + namesAsked.get(c).score(s) + focus(s, ask);
            }
        }
        List<List<Integer>> bestFor = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) bestFor.add(new ArrayList<>());
        for (int c = 0; c < clauses.size(); c++) {
            int best = 0;
            for (int i = 1; i < sentences.size(); i++) if (scores[i][c] > scores[best][c]) best = i;
            bestFor.get(best).add(c);
        }
        List<ScoredSentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double max = java.util.Arrays.stream(scores[i]).max().orElse(0);
            out.add(new ScoredSentence(sentences.get(i).sentence(), max, bestFor.get(i)));
        }
        out.sort(Comparator.comparingDouble(ScoredSentence::score).reversed().thenComparing(x -> x.sentence().id()));
        return out;
    }

    /** The figure a clause asks; a follow-up's one clause may ask the figure of the turn it continues. */
    private static Quantity quantityOf(Ask ask, String clause) {
        if (ask.quantities().isEmpty()) return null;
        Quantity own = Quantity.in(clause);
        return own != null ? own : ask.clauses().size() <= 1 && ask.quantities().size() == 1 ? ask.quantities().get(0) : null;
    }

    /**
     * The clause's words found in the sentence, each weighted by how rare it is among the measure's sentences; words of
     * the measure's name count little, since they say which measure is meant, not which of its sentences answers.
     */
    private static double lexical(MeasureData.VectorSentence s, List<MeasureData.VectorSentence> all, String clause,
                                  QueryAnalysis effective, String name) {
        // "2024年前三季度…": a time says when the figures hold; the measure states it once for all its figures
        Set<String> terms = new HashSet<>(LexicalTokens.distinctTokens(TIME.matcher(clause).replaceAll("，")));
        double score = 0;
        for (String t : terms) {
            if (t.length() < 2 || !s.folded().contains(t)) continue;
            long n = all.stream().filter(x -> x.folded().contains(t)).count();
            score += (name.contains(t) ? NAME_WORD : 1.0) / n;
        }
        for (String t : effective.topic().terms()) {
            if (!terms.contains(t) && s.folded().contains(t)) {
                long n = all.stream().filter(x -> x.folded().contains(t)).count();
                score += 0.3 / n;
            }
        }
        return score;
    }

    /** A time in a question ("24年前三季度", "截至去年9月"). */
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
            "([0-9]{2,4}年|去年|今年|前年)?(前[一二三四1-4]季度|第?[一二三四1-4]季度|上半年|下半年|[0-9]{1,2}月份?|年底|年初|年末)|[0-9]{2,4}年|截至|截止|为止");

    /**
     * A sentence that states a figure of the kind asked for answers a question for a figure; one that puts the thing
     * counted right next to a figure ("化解纠纷4600余件", "115家服务机构") answers it best.
     */
    private static double kind(MeasureData.VectorSentence s, Quantity q) {
        if (q == null) return 0;
        double score = 0;
        if (!q.counted().isEmpty()) {
            String c = java.util.regex.Pattern.quote(q.counted());
            if (java.util.regex.Pattern.compile(c + "[^，,。；;\\d]{0,2}\\d|\\d[^，,。；;]{0,3}" + c).matcher(s.folded()).find()) {
                score += UNIT_NAMED;
            }
        }
        double best = 0;
        for (Figures.Figure f : Figures.in(s.folded())) {
            if (f.unit().isEmpty() && q.unitClass() != org.measuresqa.question.UnitClass.ANY) continue;
            double figure = 0;
            if (Figures.answers(f, q.unitClass())) figure = FIGURE_OF_KIND;
            if (!q.unit().isEmpty() && f.unit().equals(q.unit())) figure = FIGURE_OF_KIND + UNIT_NAMED;
            best = Math.max(best, figure);
        }
        return score + best;
    }

    /** "对接了哪些国家", "哪家机构牵头": a sentence that names countries, or an organisation of the kind asked, answers. */
    private record NamesAsked(boolean countries, String kind) {

        static NamesAsked of(String clause) {
            String folded = LexicalTokens.fold(clause);
            return new NamesAsked(ASKS_COUNTRIES.matcher(folded).find(), NamedOnes.askedKind(folded));
        }

        double score(MeasureData.VectorSentence s) {
            if (countries && org.measuresqa.question.Vocabulary.COUNTRIES.stream().anyMatch(s.folded()::contains)) {
                return FIGURE_OF_KIND;
            }
            return kind != null && NamedOnes.named(kind, s.folded()) ? FIGURE_OF_KIND : 0;
        }
    }

    private static double focus(MeasureData.VectorSentence s, Ask ask) {
        double score = 0;
        if (ask.asks(Focus.RESULTS) && s.sentence().fromResults()) score += FOCUS;
        if (ask.asks(Focus.PRACTICE) && !s.sentence().fromResults()) score += FOCUS;
        if (ask.practiceItem() > 0 && s.sentence().item() == ask.practiceItem()) score += PRACTICE_ITEM;
        return score;
    }
}
