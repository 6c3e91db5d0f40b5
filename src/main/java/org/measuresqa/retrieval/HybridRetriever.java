package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.measuresqa.corpus.Measure;
import org.measuresqa.index.Chunk;
import org.measuresqa.index.ChunkField;
import org.measuresqa.index.ChunkHit;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;
import org.measuresqa.index.LexicalTokens;
import org.measuresqa.question.Ask;
import org.measuresqa.question.Confidence;
import org.measuresqa.question.EarlierItem;
import org.measuresqa.question.Figures;
import org.measuresqa.question.Focus;
import org.measuresqa.question.Quantity;
import org.measuresqa.question.UnitClass;
import org.measuresqa.question.FollowUpResolver;
import org.measuresqa.question.Intent;
import org.measuresqa.question.Numbers;
import org.measuresqa.question.QueryAnalysis;
import org.measuresqa.question.QueryAnalyzer;
import org.measuresqa.question.TopicLexicon;
import org.measuresqa.question.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense (cosine) and lexical (BM25) passage rankings fused by weighted reciprocal rank fusion and aggregated to
 * measures. The question's readings are used as {@link Plan} decides: numbers and set questions' filters exactly,
 * everything else through the ranking. Declines come from {@link DeclineRules}; each returned measure carries its
 * sentences ranked for what was asked ({@link SentenceRanker}).
 */
public final class HybridRetriever implements Retriever {

    private static final Logger log = LoggerFactory.getLogger(HybridRetriever.class);
    private static final int EVIDENCE_PER_MEASURE = 2;
    private static final int MAX_CONTINUED = 3;
    private static final double CONTINUITY_SHARE = 0.75;
    private static final int MIN_NAME_OVERLAP = 4;
    private static final double PREMISE_COVERAGE_SHARE = 0.5;
    private static final int NEAREST = 3;
    private static final int FIGURE_RIVALS = 3;
    private static final int NAME_RIVALS = 5;
    private static final double NAME_RIVAL_SHARE = 0.85;
    private static final double FIGURE_RIVAL_SHARE = 0.85;

    private final ChunkStore store;
    private final RetrievalSettings settings;
    private final MeasureData data;
    private final FollowUpResolver resolver;
    private final EmbeddingCache embeddings;
    private final SentenceRanker sentences;
    private final DeclineRules rules = new DeclineRules();

    public HybridRetriever(ChunkStore store, Embedder embedder, RetrievalSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.data = new MeasureData(store);
        this.resolver = new FollowUpResolver(new QueryAnalyzer(List.copyOf(data.measures.values())));
        this.embeddings = new EmbeddingCache(Objects.requireNonNull(embedder, "embedder"));
        this.sentences = new SentenceRanker(data);
    }

    @Override
    public RetrievalResult retrieve(String question, List<String> history, int k) {
        EarlierItem.Reading item = history.isEmpty() ? null : EarlierItem.read(question);
        if (item != null) {
            RetrievalResult pointed = itemOfEarlierAnswer(question, history, item, k);
            if (pointed != null) return pointed;
        }
        FollowUpResolver.ResolvedQuery resolved = resolver.resolve(history, question);
        QueryAnalysis q = resolved.effective();
        Plan plan = Plan.of(q, data);
        log.debug("question {} read as filters={} numbers={} intent={} ask={} topic={} followUp={} plan={}", question,
                q.filters(), q.numbers(), q.intent(), q.ask(), q.topic().terms(), resolved.followUp(), plan);
        boolean count = q.intent().count().strong();

        // only a place outside the document makes the rules look at how much of a measure's name is asked
        int namedRun = q.otherPlaces().isEmpty() ? 0
                : data.measures.values().stream().mapToInt(m -> nameOverlap(q.topic().searchText(), m)).max().orElse(0);
        Optional<Decline> early = rules.beforeRanking(new DeclineRules.Reading(q, plan, data.size(), namedRun));
        if (early.isPresent()) return new RetrievalResult(List.of(), early.get(), false, count, resolved);

        if (!plan.numbers().isEmpty()) {
            List<Integer> asked = plan.filterSet() != null && plan.setQuestion()
                    ? plan.numbers().stream().filter(plan.filterSet()::contains).toList() : plan.numbers();
            return new RetrievalResult(exact(asked, resolved), null, true, count, resolved);
        }
        if (!q.topic().present() && !plan.strayOnly()) {
            List<Integer> all = plan.filterSet() != null ? List.copyOf(plan.filterSet()) : List.copyOf(data.measures.keySet());
            return new RetrievalResult(exact(all, resolved), null, true, count, resolved);
        }

        Ranking ranking = rank(q, plan.filterSet(), plan.extraTerms());
        if (!plan.setQuestion() && !q.filters().sources().isEmpty()) ranking = preferSources(ranking, q.filters().sources());
        List<Integer> earlier = plan.setQuestion() ? List.of() : earlierMeasures(resolved, ranking);
        if (!earlier.isEmpty()) {
            RetrievalResult continued = continueEarlierTopic(resolved, ranking, earlier, k);
            if (continued != null) return continued;
        }
        if (plan.filterSet() != null && !plan.hardFilters().sources().isEmpty()) ranking = correctPremise(q, plan, ranking);
        if (!plan.setQuestion()) ranking = preferTheNamedMeasure(ranking, q);
        if (!plan.setQuestion()) ranking = preferTheFigureAsked(ranking, resolved);
        if (ranking.hits().isEmpty()) {
            return new RetrievalResult(List.of(), new Decline.NotCovered(), false, count, resolved);
        }
        Optional<Decline> late = rules.afterRanking(new DeclineRules.Evidence(resolved.question(), q, plan, ranking, data));
        if (late.isPresent()) {
            return new RetrievalResult(withSentences(first(ranking.hits(), NEAREST), resolved), late.get(), false, count, resolved);
        }
        List<MeasureHit> kept = plan.setQuestion() ? sizedByEvidence(ranking, q, plan) : first(ranking.hits(), k);
        return new RetrievalResult(withSentences(kept, resolved), null, false, count, resolved);
    }

    /**
     * "第三条展开说说" right after an answer: after a list, the third measure listed; after one measure, its third
     * practice. The earlier turn is retrieved again as it was answered (deterministic), so the place is the one the
     * user saw. Null when the earlier answer has no such item: then the number is read as usual.
     */
    private RetrievalResult itemOfEarlierAnswer(String question, List<String> history, EarlierItem.Reading item, int k) {
        RetrievalResult earlier = retrieve(history.get(history.size() - 1), history.subList(0, history.size() - 1), k);
        if (earlier.abstain() || earlier.measures().isEmpty()) return null;
        boolean wasList = earlier.exactSet() || earlier.count() || earlier.query().effective().intent().list().strong();
        FollowUpResolver.ResolvedQuery read = resolver.resolve(history, question);
        QueryAnalysis current = read.question().withNumbers(Numbers.NONE);
        int measure;
        Ask ask;
        if (wasList || item.listed()) {
            if (item.place() > earlier.measures().size()) return null;
            measure = earlier.measures().get(item.place() - 1).measure().number();
            ask = current.ask().isGeneral() ? new Ask(EnumSet.of(Focus.PRACTICE), List.of(), 0, current.ask().clauses()) : current.ask();
        } else {
            Measure top = earlier.measures().get(0).measure();
            if (item.place() > top.practices().size()) return null;
            measure = top.number();
            Ask own = current.ask();
            ask = item.ownAsk() && !own.isGeneral()
                    ? new Ask(own.focuses().isEmpty() ? EnumSet.of(Focus.PRACTICE) : own.focuses(), own.quantities(), item.place(), own.clauses())
                    : new Ask(EnumSet.of(Focus.PRACTICE), List.of(), item.place(), own.clauses());
        }
        // "列出来的第三项" lists nothing itself: it asks about one measure
        QueryAnalysis asked = current.withAsk(ask)
                .withIntent(new Intent(Confidence.NONE, Confidence.NONE, current.intent().premise(), false, false));
        FollowUpResolver.ResolvedQuery resolved = new FollowUpResolver.ResolvedQuery(asked, asked, read.previous(), true);
        log.debug("{} points at item {} of the earlier answer: measure {}", question, item.place(), measure);
        return new RetrievalResult(withSentences(List.of(exactHit(measure, ask)), resolved), null, false, false, resolved);
    }

    /**
     * In a question about one measure a named city is not a filter (it may be a wrong premise), but between measures
     * that match about equally well, the one from the city named is meant.
     */
    private Ranking preferSources(Ranking ranking, Set<String> sources) {
        if (ranking.hits().isEmpty()) return ranking;
        double max = ranking.hits().stream()
                .mapToDouble(h -> h.score() * (sources.contains(h.measure().source()) ? 1 + settings.sourcePreference() : 1))
                .max().orElse(1);
        List<MeasureHit> boosted = new ArrayList<>();
        for (MeasureHit h : ranking.hits()) {
            double factor = sources.contains(h.measure().source()) ? 1 + settings.sourcePreference() : 1;
            // scaled so the best stays within [0, 1] and the order among the rest is kept
            double scale = max > 1 ? max : 1;
            boosted.add(new MeasureHit(h.measure(), h.score() * factor / scale, h.evidence(), h.sentences()));
        }
        boosted.sort(Comparator.comparingDouble(MeasureHit::score).reversed().thenComparingInt(h -> h.measure().number()));
        int top = boosted.get(0).measure().number();
        return new Ranking(boosted, ranking.cosines(), ranking.cosineOf(top), ranking.coverage(), ranking.weak());
    }

    /**
     * A question that names a measure by a run of its name ("排污那个全链条的…") means that measure, when it is close
     * to the best: the name decides between measures the cosine finds nearly alike.
     */
    private Ranking preferTheNamedMeasure(Ranking ranking, QueryAnalysis q) {
        if (ranking.hits().size() < 2) return ranking;
        MeasureHit top = ranking.hits().get(0);
        int topOverlap = nameOverlap(q.topic().searchText(), top.measure());
        MeasureHit named = null;
        int best = topOverlap;
        for (MeasureHit h : first(ranking.hits(), NAME_RIVALS)) {
            int overlap = nameOverlap(q.topic().searchText(), h.measure());
            if (h.score() >= top.score() * NAME_RIVAL_SHARE && overlap >= MIN_NAME_OVERLAP && overlap >= best + 2) {
                named = h;
                best = overlap;
            }
        }
        if (named == null) return ranking;
        List<MeasureHit> reordered = new ArrayList<>(ranking.hits());
        reordered.remove(named);
        reordered.add(0, named);
        log.debug("measure {} is named by the question; it goes before {}", named.measure().number(), top.measure().number());
        return new Ranking(reordered, ranking.cosines(), ranking.cosineOf(named.measure().number()), ranking.coverage(), ranking.weak());
    }

    /**
     * Of measures that match a question for a figure nearly equally well, the one that states a figure of the kind
     * asked ("多少张" → a count in 张) answers it: it goes first.
     */
    private Ranking preferTheFigureAsked(Ranking ranking, FollowUpResolver.ResolvedQuery resolved) {
        List<Quantity> asks = resolved.question().ask().asksQuantity() ? resolved.question().ask().quantities()
                : resolved.effective().ask().quantities();
        // a unit asked ("多少张"), or a kind of figure named by the question word ("多少钱", "多久")
        List<Quantity> typed = asks.stream().filter(a -> !a.unit().isEmpty()
                || (a.explicit() && a.unitClass() != UnitClass.ANY)).toList();
        if (typed.isEmpty() || ranking.hits().size() < 2) return ranking;
        MeasureHit top = ranking.hits().get(0);
        if (statesAny(top.measure().number(), typed)) return ranking;
        // a question that names its measure means that measure, figure or not (then the figure is not given)
        if (nameOverlap(resolved.question().topic().searchText(), top.measure()) >= MIN_NAME_OVERLAP) return ranking;
        for (MeasureHit h : first(ranking.hits(), FIGURE_RIVALS).subList(1, Math.min(FIGURE_RIVALS, ranking.hits().size()))) {
            if (h.score() >= top.score() * FIGURE_RIVAL_SHARE && statesAny(h.measure().number(), typed)) {
                List<MeasureHit> reordered = new ArrayList<>(ranking.hits());
                reordered.remove(h);
                reordered.add(0, h);
                log.debug("measure {} states the figure asked; measure {} does not", h.measure().number(), top.measure().number());
                return new Ranking(reordered, ranking.cosines(), ranking.cosineOf(h.measure().number()), ranking.coverage(), ranking.weak());
            }
        }
        return ranking;
    }

    /**
     * Whether the measure states a figure in the unit asked ("多少张" → "525张"), in a kindred one ("多少家" → "近3000户"), or
     * of the kind asked ("多少钱" → "4万元").
     */
    private boolean statesAny(int measure, List<Quantity> asks) {
        for (Figures.Figure f : data.figures.getOrDefault(measure, List.of())) {
            for (Quantity q : asks) {
                if (q.unit().isEmpty() ? f.unitClass() == q.unitClass() : f.unit().equals(q.unit())
                        || f.unitClass() == UnitClass.COUNT && q.unitClass() == UnitClass.COUNT
                        && Units.sameThing(q.unit(), f.unit())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[“\"「『]([^”\"」』]{2,12})[”\"」』]");

    /** The terms a question quotes ("“双直”"), folded. */
    private static List<String> quotedTerms(String question) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = QUOTED.matcher(question);
        while (m.find()) out.add(LexicalTokens.fold(m.group(1)));
        return out;
    }

    /** Whether the measure's text holds one of the quoted terms word for word. */
    private boolean holdsQuoted(List<String> quoted, int measure) {
        return quoted.stream().anyMatch(data.foldedText.get(measure)::contains);
    }

    /**
     * A set asked for by topic ("同船舶沾边的举措") is as large as the evidence says: the measures about as close to
     * the question as the best one (best passage cosine, plus a little for holding the question's words), at most
     * {@code maxList}; not always k of them, nor every measure that mentions a word in passing.
     */
    private List<MeasureHit> sizedByEvidence(Ranking ranking, QueryAnalysis q, Plan plan) {
        List<String> terms = new ArrayList<>(q.topic().terms().stream().filter(data.documentTerms::contains).toList());
        for (String w : plan.extraTerms()) terms.addAll(org.measuresqa.index.LexicalTokens.distinctTokens(w));
        List<TopicLexicon.Concept> concepts = TopicLexicon.named(LexicalTokens.fold(q.topic().searchText()));
        Map<Integer, Double> about = new HashMap<>();
        Map<Integer, Double> closeness = new HashMap<>();
        Map<String, Double> weights = rarity(terms);
        for (MeasureHit h : ranking.hits()) {
            int n = h.measure().number();
            about.put(n, about(concepts, n));
            closeness.put(n, ranking.cosineOf(n) + settings.listLexicalWeight() * weightedCoverage(weights, n)
                    + settings.listConceptWeight() * about.get(n));
        }
        if (!concepts.isEmpty()) log.debug("the list's topic covers {}", concepts.stream().map(TopicLexicon.Concept::name).toList());
        List<MeasureHit> byCloseness = new ArrayList<>(ranking.hits());
        byCloseness.sort(Comparator.comparingDouble((MeasureHit h) -> closeness.get(h.measure().number())).reversed()
                .thenComparingInt(h -> h.measure().number()));
        double floor = closeness.get(byCloseness.get(0).measure().number()) - settings.listMargin();
        if (log.isDebugEnabled()) {
            log.debug("list closeness {}", byCloseness.stream().limit(14).map(h -> h.measure().number() + "="
                    + String.format("%.3f/%.3f/%.1f", closeness.get(h.measure().number()), ranking.cosineOf(h.measure().number()),
                    about.get(h.measure().number()))).toList());
        }
        // a measure substantially about the topic named is one a careful reader lists, though its wording is far off
        double memberFloor = floor - settings.listMargin();
        return first(byCloseness.stream().filter(h -> closeness.get(h.measure().number()) >= floor
                || about.get(h.measure().number()) >= 1 && closeness.get(h.measure().number()) >= memberFloor).toList(),
                settings.maxList());
    }

    /**
     * Ranks measures by closeness: the best passage cosine, plus a small share of the best BM25 score (relative to the
     * question's best) that breaks near ties in favour of the measure that holds the question's words. The cosine
     * leads because everyday paraphrases share few words with the text; words decide only between close measures.
     * Scores are relative to the best measure's (1.0).
     */
    private Ranking rank(QueryAnalysis q, Set<Integer> filter, List<String> extraTerms) {
        boolean setQuestion = Plan.of(q, data).setQuestion();
        Map<Integer, Double> cosine = new HashMap<>();
        Map<Integer, List<Chunk>> passages = new HashMap<>();
        if (settings.denseWeight() > 0) {
            for (ChunkHit h : store.vectorSearch(embeddings.query(q.topic().searchText()), settings.candidates(), filter)) {
                cosine.merge(h.chunk().measureNumber(), h.score(), Math::max);
                passages.computeIfAbsent(h.chunk().measureNumber(), n -> new ArrayList<>()).add(h.chunk());
            }
        }
        List<String> terms = new ArrayList<>(q.topic().terms());
        for (String w : extraTerms) terms.addAll(org.measuresqa.index.LexicalTokens.distinctTokens(w));
        Map<Integer, Double> bm25 = new HashMap<>();
        if (settings.lexicalWeight() > 0) {
            for (ChunkHit h : store.fullTextSearch(terms, settings.candidates(), filter)) {
                bm25.merge(h.chunk().measureNumber(), h.score(), Math::max);
                List<Chunk> list = passages.computeIfAbsent(h.chunk().measureNumber(), n -> new ArrayList<>());
                if (!list.contains(h.chunk())) list.add(h.chunk());
            }
        }
        double maxBm25 = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<Integer, Double> fused = new HashMap<>();
        for (int n : passages.keySet()) {
            double lexical = maxBm25 > 0 ? bm25.getOrDefault(n, 0.0) / maxBm25 : 0;
            fused.put(n, settings.denseWeight() * cosine.getOrDefault(n, 0.0) + settings.lexicalWeight() * settings.lexicalShare() * lexical);
        }
        double best = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<MeasureHit> ranked = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : fused.entrySet()) {
            double score = best > 0 ? e.getValue() / best : 0;
            ranked.add(new MeasureHit(data.measure(e.getKey()), score, evidence(e.getKey(), passages.get(e.getKey()), q.ask()), List.of()));
        }
        ranked.sort(Comparator.comparingDouble(MeasureHit::score).reversed().thenComparingInt(h -> h.measure().number()));
        // a term quoted word for word from one measure ("“双直”是什么") names that measure, whatever else is near
        List<String> quotedTerms = quotedTerms(q.text());
        if (!setQuestion && !quotedTerms.isEmpty()) {
            List<MeasureHit> quoted = ranked.stream().filter(h -> holdsQuoted(quotedTerms, h.measure().number())).toList();
            if (quoted.size() == 1 && ranked.get(0) != quoted.get(0)) {
                ranked.remove(quoted.get(0));
                ranked.add(0, quoted.get(0));
            }
        }
        if (ranked.isEmpty()) return new Ranking(List.of(), cosine, 0, 0, true);
        int top = ranked.get(0).measure().number();
        double topCosine = cosine.getOrDefault(top, 0.0);
        // only the document's own words count: "利化" (the join of 便利 and 化) says nothing either way
        List<String> documentWords = terms.stream().filter(data.documentTerms::contains).distinct().toList();
        double coverage = coverage(documentWords, top);
        long covered = Math.round(coverage * documentWords.size());
        // a broad topic named ("人才这块", "环保") that the best measure is about is held as much as a word of its own;
        // a term quoted from the document ("“双直”是啥意思") names what the question is about
        if (topCosine < settings.abstainCosine()) {
            if (holdsQuoted(quotedTerms, top)) covered += 2;
            List<TopicLexicon.Concept> concepts = TopicLexicon.named(LexicalTokens.fold(q.topic().searchText()));
            if (!concepts.isEmpty() && about(concepts, top) >= 1) covered++;
        }
        // a question about one measure needs more than one of its words there; a list by topic needs its topic word
        long enough = setQuestion ? 0 : settings.abstainCoveredTerms();
        boolean weak = (settings.denseWeight() == 0 || topCosine < settings.abstainCosine())
                && (settings.lexicalWeight() == 0 || covered <= enough || coverage < settings.abstainCoverage());
        // a question none of whose words the best measure holds needs a closer meaning than one sharing a word
        if (!weak && !setQuestion && filter == null && settings.denseWeight() > 0 && settings.lexicalWeight() > 0
                && covered == 0 && topCosine < settings.abstainCosineWithoutWords()) {
            weak = true;
        }
        log.debug("top measure {} score {} cosine {} coverage {} weak {}", top, ranked.get(0).score(), topCosine, coverage, weak);
        return new Ranking(ranked, cosine, topCosine, coverage, weak);
    }

    /** The measures the previous turn was about, when it was about a few: what a follow-up may continue. */
    private List<Integer> earlierMeasures(FollowUpResolver.ResolvedQuery resolved, Ranking alone) {
        QueryAnalysis previous = resolved.previous();
        QueryAnalysis current = resolved.question();
        // "这里面说的那份清单是做什么的": a follow-up that finds nothing strong alone may still be about a word of the
        // measure just discussed
        boolean insideEarlier = resolved.followUp() && alone.weak();
        if (previous == null || resolved.followUp() && !insideEarlier || current.intent().count().strong() || current.intent().wantsAll()) {
            return List.of();
        }
        Plan earlierPlan = Plan.of(previous, data);
        List<Integer> earlier;
        if (earlierPlan.setQuestion() && !current.reference().plural()) {
            // "评职称那个呢，评上了多少人": after a list, the one listed measure the question's own words pick out
            List<Integer> listed = listedBy(previous, earlierPlan);
            earlier = alone.hits().stream().map(h -> h.measure().number()).filter(listed::contains).limit(1).toList();
        } else if (!earlierPlan.numbers().isEmpty()) {
            earlier = earlierPlan.numbers().stream().limit(MAX_CONTINUED).toList();
        } else {
            if (!previous.topic().present()) return List.of();
            Ranking ranked = rank(previous, earlierPlan.filterSet(), earlierPlan.extraTerms());
            if (ranked.hits().isEmpty() || (ranked.weak() && previous.filters().isEmpty())) return List.of();
            earlier = List.of(ranked.hits().get(0).measure().number());
        }
        // "那深圳的呢" turns to other measures; "罗湖那边呢" about a 深圳 measure stays with it
        return earlier.stream().filter(n -> current.filters().matches(data.measure(n)))
                .filter(n -> !insideEarlier || holdsAWordOf(current, n)).toList();
    }

    /** The measures an earlier set question listed, as its answer listed them. */
    private List<Integer> listedBy(QueryAnalysis previous, Plan plan) {
        if (!plan.numbers().isEmpty()) return plan.numbers();
        if (!previous.topic().present()) {
            return plan.filterSet() != null ? List.copyOf(plan.filterSet()) : List.copyOf(data.measures.keySet());
        }
        Ranking ranked = rank(previous, plan.filterSet(), plan.extraTerms());
        if (ranked.hits().isEmpty()) return List.of();
        return sizedByEvidence(ranked, previous, plan).stream().map(h -> h.measure().number()).toList();
    }

    /** Whether the measure's text holds one of the question's own words that the document uses. */
    private boolean holdsAWordOf(QueryAnalysis q, int measure) {
        return q.topic().terms().stream().filter(t -> t.length() >= 2 && data.documentTerms.contains(t))
                .anyMatch(data.foldedText.get(measure)::contains);
    }

    /**
     * A question with a topic of its own may still be about the measure just discussed (a figure asked right after
     * the measure was named). It continues the earlier topic when it finds nothing strong alone, or when the earlier
     * measure answers it nearly as well as the best one; otherwise it stands alone.
     */
    private RetrievalResult continueEarlierTopic(FollowUpResolver.ResolvedQuery resolved, Ranking alone,
                                                 List<Integer> earlier, int k) {
        if (namesAnother(resolved.question().topic().searchText(), earlier)) return null;
        double top = alone.hits().isEmpty() ? 0 : alone.hits().get(0).score();
        List<MeasureHit> continued = new ArrayList<>();
        for (int n : earlier) {
            MeasureHit hit = alone.find(n);
            boolean closeEnough = hit != null && hit.score() >= top * CONTINUITY_SHARE;
            if (alone.weak() || closeEnough) continued.add(hit != null ? hit : exactHit(n, resolved.effective().ask()));
        }
        if (continued.isEmpty()) return null;
        FollowUpResolver.ResolvedQuery asFollowUp = new FollowUpResolver.ResolvedQuery(
                resolved.question(), resolved.effective(), resolved.previous(), true);
        Plan plan = Plan.of(resolved.effective(), data);
        Ranking continuedRanking = new Ranking(continued, alone.cosines(), alone.cosine(), alone.coverage(), false);
        Optional<Decline> notGiven = rules.afterRanking(
                new DeclineRules.Evidence(resolved.question(), resolved.effective(), plan, continuedRanking, data));
        boolean count = resolved.effective().intent().count().strong();
        if (notGiven.isPresent()) {
            return new RetrievalResult(withSentences(continued, asFollowUp), notGiven.get(), false, count, asFollowUp);
        }
        List<MeasureHit> out = new ArrayList<>(continued);
        if (!alone.weak()) {
            alone.hits().stream().filter(h -> !earlier.contains(h.measure().number()))
                    .limit(Math.max(0, k - out.size())).forEach(out::add);
        }
        log.debug("continuing the earlier topic {} for {}", earlier, resolved.question().text());
        return new RetrievalResult(withSentences(out, asFollowUp), null, false, count, asFollowUp);
    }

    /** After a measure's name: it is pointed at as a thing ("…出海那个呢", "…的呢"), not said as a predicate. */
    private static final java.util.regex.Pattern POINTED_AT = java.util.regex.Pattern.compile("^[^，,。？?；;！!]{0,12}?(那个|那条|那项|这个|这条|的呢|呢|的那个)");

    /**
     * "那<another measure's name>那个呢" after a question about one measure: a question that points at a measure by a
     * run of its name that no other measure uses, longer than it shares with any measure just discussed, is about the
     * one it names.
     */
    private boolean namesAnother(String question, List<Integer> earlier) {
        int earlierRun = earlier.stream().map(data.measures::get).filter(java.util.Objects::nonNull)
                .mapToInt(m -> nameOverlap(question, m)).max().orElse(0);
        for (Measure m : data.measures.values()) {
            if (earlier.contains(m.number())) continue;
            String run = nameRun(question, m);
            // the run must name this measure alone ("新能源车"), not be words many measures use ("企业参与")
            if (run.length() >= MIN_NAME_OVERLAP && run.length() > earlierRun
                    && data.measuresUsing(run) == 1 && POINTED_AT.matcher(question.substring(question.indexOf(run) + run.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question may name a measure but attribute it to another city. When nothing within the city matches as well,
     * the named measure is put first so that the answer can correct the premise.
     */
    private Ranking correctPremise(QueryAnalysis q, Plan plan, Ranking filtered) {
        Ranking everywhere = rank(q, null, plan.extraTerms());
        if (everywhere.hits().isEmpty()) return filtered;
        MeasureHit named = everywhere.hits().get(0);
        if (plan.filterSet().contains(named.measure().number())) return filtered;
        if (nameOverlap(q.topic().searchText(), named.measure()) < MIN_NAME_OVERLAP) return filtered;
        if (!filtered.hits().isEmpty() && filtered.coverage() >= everywhere.coverage() * PREMISE_COVERAGE_SHARE) return filtered;
        List<MeasureHit> out = new ArrayList<>();
        out.add(named);
        filtered.hits().stream().filter(h -> h.score() >= named.score() * settings.relativeCutoff()).forEach(out::add);
        log.debug("premise: measure {} is named but lies outside the filter", named.measure().number());
        return new Ranking(out, everywhere.cosines(), everywhere.cosine(), everywhere.coverage(), everywhere.weak());
    }

    /** Length of the longest run of characters the question shares with the measure's name. */
    static int nameOverlap(String question, Measure m) {
        return nameRun(question, m).length();
    }

    /** The longest run of characters the question shares with the measure's name. */
    static String nameRun(String question, Measure m) {
        String name = org.measuresqa.index.LexicalTokens.fold(m.name()).replaceAll("[“”\"「」]", "");
        String text = question.replaceAll("[“”\"「」]", "");
        String best = "";
        for (int i = 0; i < text.length(); i++) {
            for (int j = i + best.length() + 1; j <= text.length(); j++) {
                if (name.contains(text.substring(i, j))) best = text.substring(i, j);
                else break;
            }
        }
        return best;
    }

    /** How strongly the measure is about any of the concepts the question names (0 to 1). */
    private double about(List<TopicLexicon.Concept> concepts, int measure) {
        double best = 0;
        for (TopicLexicon.Concept c : concepts) {
            best = Math.max(best, TopicLexicon.about(c, data.foldedName.get(measure), data.foldedText.get(measure), data.foldedResults.get(measure)));
        }
        return best;
    }

    /**
     * The share of the question's words a measure holds, each word weighted by how few measures use it: a list by topic
     * is about its rare words ("立法", "信用"), not the words most measures share ("体系", "建设").
     */
    private double weightedCoverage(Map<String, Double> weights, int measure) {
        String text = data.foldedText.get(measure);
        double found = 0, all = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            all += w.getValue();
            if (text.contains(w.getKey())) found += w.getValue();
        }
        return all > 0 ? found / all : 0;
    }

    /** Each distinct word's weight: how few of the measures use it (computed once per question, not per measure). */
    private Map<String, Double> rarity(List<String> terms) {
        Map<String, Double> weights = new HashMap<>();
        for (String t : terms) weights.computeIfAbsent(t, w -> Math.log((data.foldedText.size() + 1.0) / (1 + data.measuresUsing(w))));
        return weights;
    }

    private double coverage(List<String> terms, int measure) {
        if (terms.isEmpty()) return 0;
        String text = data.foldedText.get(measure);
        long found = terms.stream().distinct().filter(text::contains).count();
        return (double) found / terms.stream().distinct().count();
    }

    private List<MeasureHit> exact(List<Integer> numbers, FollowUpResolver.ResolvedQuery resolved) {
        return withSentences(numbers.stream().map(n -> exactHit(n, resolved.effective().ask())).toList(), resolved);
    }

    private MeasureHit exactHit(int number, Ask ask) {
        return new MeasureHit(data.measure(number), 1.0, evidence(number, List.of(), ask), List.of());
    }

    /** Each hit with its sentences ranked for what the latest question asks. */
    private List<MeasureHit> withSentences(List<MeasureHit> hits, FollowUpResolver.ResolvedQuery resolved) {
        if (hits.isEmpty()) return hits;
        float[] vector = embeddings.query(resolved.question().topic().searchText());
        List<String> clauses = resolved.question().ask().clauses();
        // several clauses that each ask something: each is matched by its own meaning too
        List<float[]> clauseVectors = clauses.size() > 1 && resolved.question().ask().quantities().size() + resolved.question().ask().focuses().size() > 0
                ? clauses.stream().map(embeddings::query).toList() : List.of();
        List<MeasureHit> out = new ArrayList<>(hits.size());
        for (MeasureHit h : hits) {
            out.add(new MeasureHit(h.measure(), h.score(), h.evidence(),
                    sentences.rank(h.measure().number(), resolved.question(), resolved.effective(), vector, clauseVectors)));
        }
        return out;
    }

    /** The measure's passages that best support an answer: those the ranking liked, then the part the question asks about. */
    private List<Chunk> evidence(int number, List<Chunk> rankedChunks, Ask ask) {
        List<Chunk> all = data.passages.getOrDefault(number, List.of());
        List<Chunk> order = new ArrayList<>();
        ChunkField wanted = ask.asks(Focus.RESULTS) || ask.asksQuantity() ? ChunkField.RESULTS
                : ask.asks(Focus.SCOPE) || ask.asks(Focus.SOURCE) || ask.asks(Focus.CATEGORY) ? ChunkField.OVERVIEW
                : ask.asks(Focus.PRACTICE) ? ChunkField.PRACTICE : null;
        if (wanted != null) {
            rankedChunks.stream().filter(c -> c.field() == wanted).forEach(order::add);
            all.stream().filter(c -> c.field() == wanted).forEach(order::add);
        }
        rankedChunks.stream().filter(c -> c.field() != ChunkField.OVERVIEW).forEach(order::add);
        all.stream().filter(c -> c.field() != ChunkField.OVERVIEW).forEach(order::add);
        order.addAll(all);
        return order.stream().distinct().limit(EVIDENCE_PER_MEASURE).toList();
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }
}
