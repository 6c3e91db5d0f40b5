package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.Chunk;
import org.measuresqa.index.ChunkField;
import org.measuresqa.index.ChunkHit;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;
import org.measuresqa.index.LexicalTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense (cosine) and lexical (BM25) chunk rankings fused by weighted reciprocal rank fusion and aggregated to
 * measures. Filters the question names (source, category, scope, number) are applied exactly before ranking; a
 * question that names a whole set gets the whole set; a question the measures do not cover is flagged on evidence.
 */
public final class HybridRetriever implements Retriever {

    private static final Logger log = LoggerFactory.getLogger(HybridRetriever.class);
    private static final int EVIDENCE_PER_MEASURE = 2;
    private static final int MAX_CONTINUED = 3;
    private static final double CONTINUITY_SHARE = 0.75;
    private static final int MIN_NAME_OVERLAP = 4;
    private static final double PREMISE_COVERAGE_SHARE = 0.5;

    private final ChunkStore store;
    private final Embedder embedder;
    private final RetrievalSettings settings;
    private final TreeMap<Integer, Measure> measures = new TreeMap<>();
    private final Map<Integer, List<Chunk>> chunksByMeasure = new HashMap<>();
    private final Map<Integer, String> foldedText = new HashMap<>();
    private final FollowUpResolver resolver;

    public HybridRetriever(ChunkStore store, Embedder embedder, RetrievalSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Measure m : store.measures()) {
            measures.put(m.number(), m);
            foldedText.put(m.number(), LexicalTokens.fold(m.fullText()));
        }
        for (Chunk c : store.chunks()) chunksByMeasure.computeIfAbsent(c.measureNumber(), n -> new ArrayList<>()).add(c);
        this.resolver = new FollowUpResolver(new QueryAnalyzer(List.copyOf(measures.values())));
    }

    @Override
    public RetrievalResult retrieve(String question, List<String> history, int k) {
        FollowUpResolver.ResolvedQuery resolved = resolver.resolve(history, question);
        QueryAnalysis q = resolved.effective();
        log.debug("question {} read as sources={} categories={} scopes={} numbers={} count={} focus={} terms={} followUp={}",
                question, q.sources(), q.categories(), q.scopes(), q.numbers(), q.count(), q.focus(), q.lexicalTerms(),
                resolved.followUp());

        if (q.opinion()) {
            return abstain(resolved, "这是在征求看法或评价；文件只记载各项举措的做法、来源、效果和推广范围，不作评价。");
        }
        if (!q.otherPlaces().isEmpty() && q.sources().isEmpty()) {
            return abstain(resolved, "文件只收录厦门、深圳和浦东新区的举措，没有涉及" + String.join("、", q.otherPlaces()) + "的内容。");
        }
        List<Integer> numbers = q.numbers().stream().filter(measures::containsKey).toList();
        if (numbers.isEmpty() && (!q.unknownNumbers().isEmpty() || !q.numbers().isEmpty())) {
            List<Integer> missing = new ArrayList<>(q.unknownNumbers());
            q.numbers().stream().filter(n -> !measures.containsKey(n)).forEach(missing::add);
            return abstain(resolved, "文件共有" + measures.size() + "项举措（第1至第" + measures.lastKey() + "项），没有第"
                    + missing.stream().map(String::valueOf).collect(Collectors.joining("、")) + "项。");
        }
        if (!numbers.isEmpty()) {
            Set<Integer> within = filterSet(q);
            // "第10项到第14项里，哪些是浦东新区的": a filter narrows a list of numbers; a single number is kept as asked
            List<Integer> asked = within != null && numbers.size() > 1 ? numbers.stream().filter(within::contains).toList() : numbers;
            List<MeasureHit> hits = asked.stream().map(n -> exactHit(n, q.focus())).toList();
            return new RetrievalResult(hits, false, null, true, q.count(), resolved);
        }
        Set<Integer> filter = filterSet(q);
        if (filter != null && filter.isEmpty()) {
            return abstain(resolved, "没有同时满足这些条件（" + describe(q) + "）的举措。");
        }
        if (!q.hasTopic()) {
            if (filter == null && !(q.count() || q.wantsAll())) {
                return abstain(resolved, "问题里没有可以检索的内容；请说明想了解哪项举措、哪个城市或哪个方面。");
            }
            Set<Integer> all = filter != null ? filter : measures.keySet();
            List<MeasureHit> hits = all.stream().sorted().map(n -> exactHit(n, q.focus())).toList();
            return new RetrievalResult(hits, false, null, true, q.count(), resolved);
        }

        Ranking ranking = rank(q, filter);
        List<Integer> earlier = earlierMeasures(resolved);
        if (!earlier.isEmpty()) {
            RetrievalResult continued = continueEarlierTopic(resolved, ranking, earlier, k);
            if (continued != null) return continued;
        }
        if (filter != null && !q.sources().isEmpty()) ranking = correctPremise(q, filter, ranking);
        if (ranking.hits().isEmpty()) {
            return abstain(resolved, "文件中没有找到与这个问题相关的举措。");
        }
        if (ranking.weak()) {
            return new RetrievalResult(ranking.hits().subList(0, Math.min(3, ranking.hits().size())), true,
                    "文件中没有直接回答这个问题的内容；最接近的举措列在下面。", false, q.count(), resolved);
        }
        MeasureHit top = ranking.hits().get(0);
        RetrievalResult notGiven = declineUnsupportedAttribute(resolved, ranking.hits());
        if (notGiven != null && !q.count()) return notGiven;
        List<MeasureHit> kept;
        if (filter != null || q.count()) {
            double floor = top.score() * settings.relativeCutoff();
            kept = ranking.hits().stream().filter(h -> h.score() >= floor).toList();
            if (filter == null && !q.count()) kept = kept.subList(0, Math.min(k, kept.size()));
        } else {
            kept = ranking.hits().subList(0, Math.min(k, ranking.hits().size()));
        }
        return new RetrievalResult(kept, false, null, false, q.count(), resolved);
    }

    /**
     * A ranking of measures for one reading of the question.
     *
     * @param cosine   best cosine of the top measure's chunks
     * @param coverage share of the question's terms that occur in the top measure
     * @param weak     neither signal is strong enough to say the document answers the question
     */
    private record Ranking(List<MeasureHit> hits, double cosine, double coverage, boolean weak) {
        MeasureHit find(int number) {
            return hits.stream().filter(h -> h.measure().number() == number).findFirst().orElse(null);
        }
    }

    private Ranking rank(QueryAnalysis q, Set<Integer> filter) {
        Map<String, Double> fused = new HashMap<>();
        Map<String, Chunk> chunks = new HashMap<>();
        Map<Integer, Double> bestCosine = new HashMap<>();
        if (settings.denseWeight() > 0) {
            float[] vector = embedder.embedQuery(q.searchText());
            List<ChunkHit> dense = store.vectorSearch(vector, settings.candidates(), filter);
            addRanks(dense, settings.denseWeight(), fused, chunks);
            for (ChunkHit h : dense) bestCosine.merge(h.chunk().measureNumber(), h.score(), Math::max);
        }
        if (settings.lexicalWeight() > 0) {
            addRanks(store.fullTextSearch(q.lexicalTerms(), settings.candidates(), filter), settings.lexicalWeight(), fused, chunks);
        }
        Map<Integer, List<Map.Entry<String, Double>>> perMeasure = new HashMap<>();
        for (Map.Entry<String, Double> e : fused.entrySet()) {
            perMeasure.computeIfAbsent(chunks.get(e.getKey()).measureNumber(), n -> new ArrayList<>()).add(e);
        }
        double maxPossible = (settings.denseWeight() + settings.lexicalWeight()) / (settings.rrfK() + 1.0)
                * (1 + settings.secondChunkWeight());
        List<MeasureHit> ranked = new ArrayList<>();
        for (Map.Entry<Integer, List<Map.Entry<String, Double>>> e : perMeasure.entrySet()) {
            List<Map.Entry<String, Double>> list = e.getValue();
            list.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            double score = list.get(0).getValue() + (list.size() > 1 ? settings.secondChunkWeight() * list.get(1).getValue() : 0);
            List<Chunk> order = list.stream().map(x -> chunks.get(x.getKey())).toList();
            ranked.add(new MeasureHit(measures.get(e.getKey()), Math.min(1.0, score / maxPossible), evidence(e.getKey(), order, q.focus())));
        }
        ranked.sort(Comparator.comparingDouble(MeasureHit::score).reversed().thenComparingInt(h -> h.measure().number()));
        if (ranked.isEmpty()) return new Ranking(List.of(), 0, 0, true);
        int top = ranked.get(0).measure().number();
        double cosine = bestCosine.getOrDefault(top, 0.0);
        double coverage = coverage(q.lexicalTerms(), top);
        boolean weak = (settings.denseWeight() == 0 || cosine < settings.abstainCosine())
                && (settings.lexicalWeight() == 0 || coverage < settings.abstainCoverage());
        log.debug("top measure {} score {} cosine {} coverage {} weak {}", top, ranked.get(0).score(), cosine, coverage, weak);
        return new Ranking(ranked, cosine, coverage, weak);
    }

    /** The measures the previous turn was about, when it was about a few: what a follow-up may continue. */
    private List<Integer> earlierMeasures(FollowUpResolver.ResolvedQuery resolved) {
        QueryAnalysis previous = resolved.previous();
        QueryAnalysis current = resolved.question();
        if (previous == null || resolved.followUp() || current.hasFilter() || current.count() || current.wantsAll()) {
            return List.of();
        }
        if (!previous.numbers().isEmpty()) {
            return previous.numbers().stream().filter(measures::containsKey).limit(MAX_CONTINUED).toList();
        }
        if (!previous.hasTopic()) return List.of();
        Ranking earlier = rank(previous, filterSet(previous));
        if (earlier.hits().isEmpty() || (earlier.weak() && !previous.hasFilter())) return List.of();
        return List.of(earlier.hits().get(0).measure().number());
    }

    /**
     * A question with a topic of its own may still be about the measure just discussed ("帮港企拿到了多少贷款？" after
     * a question about 跨境信用数据). It continues the earlier topic when it finds nothing strong alone, or when the
     * earlier measure answers it nearly as well as the best one; otherwise it stands alone.
     */
    private RetrievalResult continueEarlierTopic(FollowUpResolver.ResolvedQuery resolved, Ranking alone,
                                                 List<Integer> earlier, int k) {
        Focus focus = resolved.effective().focus();
        double top = alone.hits().isEmpty() ? 0 : alone.hits().get(0).score();
        List<MeasureHit> continued = new ArrayList<>();
        for (int n : earlier) {
            MeasureHit hit = alone.find(n);
            boolean closeEnough = hit != null && hit.score() >= top * CONTINUITY_SHARE;
            if (alone.weak() || closeEnough) continued.add(hit != null ? hit : exactHit(n, focus));
        }
        if (continued.isEmpty()) return null;
        RetrievalResult notGiven = declineUnsupportedAttribute(resolved, continued);
        if (notGiven != null) return notGiven;
        List<MeasureHit> out = new ArrayList<>(continued);
        if (!alone.weak()) {
            alone.hits().stream().filter(h -> !earlier.contains(h.measure().number()))
                    .limit(Math.max(0, k - out.size())).forEach(out::add);
        }
        log.debug("continuing the earlier topic {} for {}", earlier, resolved.question().text());
        FollowUpResolver.ResolvedQuery asFollowUp = new FollowUpResolver.ResolvedQuery(
                resolved.question(), resolved.effective(), resolved.previous(), true);
        return new RetrievalResult(out, false, null, false, resolved.effective().count(), asFollowUp);
    }

    /**
     * "深圳的查验分流模式…": the question names a measure but attributes it to another city. When nothing within the
     * filter matches as well, the named measure is put first so that the answer can correct the premise.
     */
    private Ranking correctPremise(QueryAnalysis q, Set<Integer> filter, Ranking filtered) {
        Ranking everywhere = rank(q, null);
        if (everywhere.hits().isEmpty()) return filtered;
        MeasureHit named = everywhere.hits().get(0);
        if (filter.contains(named.measure().number())) return filtered;
        if (nameOverlap(q.searchText(), named.measure()) < MIN_NAME_OVERLAP) return filtered;
        if (!filtered.hits().isEmpty() && filtered.coverage() >= everywhere.coverage() * PREMISE_COVERAGE_SHARE) return filtered;
        List<MeasureHit> out = new ArrayList<>();
        out.add(named);
        filtered.hits().stream().filter(h -> h.score() >= named.score() * settings.relativeCutoff()).forEach(out::add);
        log.debug("premise: measure {} is named but lies outside the filter", named.measure().number());
        return new Ranking(out, everywhere.cosine(), everywhere.coverage(), everywhere.weak());
    }

    /** Declines when the question asks for a figure the best measure never mentions (see {@link AskedAttribute}). */
    private RetrievalResult declineUnsupportedAttribute(FollowUpResolver.ResolvedQuery resolved, List<MeasureHit> hits) {
        MeasureHit top = hits.get(0);
        String attribute = AskedAttribute.unsupported(LexicalTokens.fold(resolved.question().text()),
                foldedText.get(top.measure().number()));
        if (attribute == null) return null;
        log.debug("measure {} does not mention {}", top.measure().number(), attribute);
        return new RetrievalResult(hits.subList(0, Math.min(3, hits.size())), true,
                "文件没有给出“" + attribute + "”的信息；最接近的举措列在下面。", false, resolved.effective().count(), resolved);
    }

    /** Length of the longest run of characters the question shares with the measure's name. */
    static int nameOverlap(String question, Measure m) {
        String name = LexicalTokens.fold(m.name()).replaceAll("[“”\"「」]", "");
        String text = question.replaceAll("[“”\"「」]", "");
        int best = 0;
        for (int i = 0; i < text.length(); i++) {
            for (int j = i + best + 1; j <= text.length(); j++) {
                if (name.contains(text.substring(i, j))) best = j - i;
                else break;
            }
        }
        return best;
    }

    private void addRanks(List<ChunkHit> hits, double weight, Map<String, Double> fused, Map<String, Chunk> chunks) {
        // hits arrive best first; fusion by rank ignores the two rankings' incomparable score scales
        for (int rank = 0; rank < hits.size(); rank++) {
            Chunk c = hits.get(rank).chunk();
            chunks.putIfAbsent(c.id(), c);
            fused.merge(c.id(), weight / (settings.rrfK() + rank + 1.0), Double::sum);
        }
    }

    private double coverage(List<String> terms, int measure) {
        if (terms.isEmpty()) return 0;
        String text = foldedText.get(measure);
        long found = terms.stream().filter(text::contains).count();
        return (double) found / terms.size();
    }

    private Set<Integer> filterSet(QueryAnalysis q) {
        if (!q.hasFilter()) return null;
        Set<Integer> out = new LinkedHashSet<>();
        for (Measure m : measures.values()) {
            if (!q.sources().isEmpty() && !q.sources().contains(m.source())) continue;
            if (!q.categories().isEmpty() && !q.categories().contains(m.category())) continue;
            if (!q.scopes().isEmpty() && !q.scopes().contains(m.scope())) continue;
            out.add(m.number());
        }
        return out;
    }

    private MeasureHit exactHit(int number, Focus focus) {
        return new MeasureHit(measures.get(number), 1.0, evidence(number, List.of(), focus));
    }

    /** The measure's chunks that best support an answer: those the ranking liked, then the field the question asks about. */
    private List<Chunk> evidence(int number, List<Chunk> rankedChunks, Focus focus) {
        List<Chunk> all = chunksByMeasure.getOrDefault(number, List.of());
        List<Chunk> order = new ArrayList<>();
        if (focus == Focus.GENERAL) {
            rankedChunks.stream().filter(c -> c.field() != ChunkField.OVERVIEW).forEach(order::add);
            all.stream().filter(c -> c.field() == ChunkField.PRACTICE).forEach(order::add);
        } else {
            ChunkField wanted = switch (focus) {
                case RESULTS -> ChunkField.RESULTS;
                case SCOPE -> ChunkField.OVERVIEW;
                default -> ChunkField.PRACTICE;
            };
            rankedChunks.stream().filter(c -> c.field() == wanted).forEach(order::add);
            all.stream().filter(c -> c.field() == wanted).forEach(order::add);
            rankedChunks.stream().filter(c -> c.field() != ChunkField.OVERVIEW).forEach(order::add);
        }
        all.stream().filter(c -> c.field() != ChunkField.OVERVIEW).forEach(order::add);
        order.addAll(all);
        return order.stream().distinct().limit(EVIDENCE_PER_MEASURE).toList();
    }

    private RetrievalResult abstain(FollowUpResolver.ResolvedQuery resolved, String reason) {
        return new RetrievalResult(List.of(), true, reason, false, resolved.effective().count(), resolved);
    }

    private static String describe(QueryAnalysis q) {
        List<String> parts = new ArrayList<>();
        if (!q.sources().isEmpty()) parts.add("来源：" + String.join("、", q.sources()));
        if (!q.categories().isEmpty()) parts.add("类别：" + String.join("、", q.categories()));
        if (!q.scopes().isEmpty()) parts.add("推广范围：" + String.join("、", q.scopes()));
        return String.join("；", parts);
    }
}
