package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves a question against the earlier user turns. A question with nothing of its own to search for ("实施效果呢？",
 * "深圳那个呢？", "这些里面哪几条是厦门的？") takes the earlier topic and keeps what it adds (a filter, a focus, a
 * count); "第9项之后那一项" steps from a number. A question with a topic of its own is resolved alone here; the
 * retriever then decides on evidence whether it still continues the earlier topic ("帮港企拿到了多少贷款？").
 */
public final class FollowUpResolver {

    private static final int SHORT_QUESTION = 8;

    private final QueryAnalyzer analyzer;

    public FollowUpResolver(QueryAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @param history earlier user turns, oldest first */
    public ResolvedQuery resolve(List<String> history, String question) {
        QueryAnalysis context = null;
        for (String turn : history) {
            if (turn == null || turn.isBlank()) continue;
            context = merge(context, analyzer.analyze(turn)).effective();
        }
        return merge(context, analyzer.analyze(question));
    }

    static ResolvedQuery merge(QueryAnalysis previous, QueryAnalysis current) {
        List<Integer> stepped = step(current, previous);
        if (stepped != null) {
            return new ResolvedQuery(current, withNumbers(current, stepped), previous, previous != null && current.numbers().isEmpty());
        }
        if (previous == null || standsAlone(current)) return new ResolvedQuery(current, current, previous, false);

        boolean leans = !current.hasTopic() && current.numbers().isEmpty()
                && (current.anaphora() || current.hasFilter() || current.focus() != Focus.GENERAL || current.count()
                || current.text().strip().length() <= SHORT_QUESTION);
        if (leans) {
            // "它能推广到全国吗": with one earlier measure in view, a scope named is what is asked about, not a filter
            boolean scopeAsked = current.singularAnaphora() && !current.scopes().isEmpty();
            Set<String> scopes = scopeAsked || current.scopes().isEmpty() ? previous.scopes() : current.scopes();
            Focus focus = scopeAsked ? Focus.SCOPE : current.focus() != Focus.GENERAL ? current.focus() : previous.focus();
            QueryAnalysis effective = new QueryAnalysis(
                    previous.text() + " / " + current.text(),
                    current.sources().isEmpty() ? previous.sources() : current.sources(),
                    current.categories().isEmpty() ? previous.categories() : current.categories(),
                    scopes, previous.numbers(), previous.unknownNumbers(), 0,
                    current.count() || (previous.count() && !current.anaphora() && current.focus() == Focus.GENERAL),
                    focus, previous.lexicalTerms(), previous.searchText(), previous.hasTopic(), false,
                    previous.otherPlaces(), previous.opinion(), previous.wantsAll() && !current.anaphora(), false);
            return new ResolvedQuery(current, effective, previous, true);
        }
        if (current.anaphora() && current.hasTopic() && current.numbers().isEmpty() && !current.singularAnaphora()) {
            // "其中哪个涉及数据共享": a new topic within the earlier filters
            QueryAnalysis effective = new QueryAnalysis(
                    previous.text() + " / " + current.text(),
                    current.sources().isEmpty() ? previous.sources() : current.sources(),
                    current.categories().isEmpty() ? previous.categories() : current.categories(),
                    current.scopes().isEmpty() ? previous.scopes() : current.scopes(),
                    List.of(), List.of(), 0, current.count(), current.focus(), current.lexicalTerms(),
                    current.searchText(), true, false, List.of(), false, false, false);
            return new ResolvedQuery(current, effective, previous, true);
        }
        return new ResolvedQuery(current, current, previous, false);
    }

    private static boolean standsAlone(QueryAnalysis q) {
        return q.opinion() || !q.otherPlaces().isEmpty() || !q.unknownNumbers().isEmpty() || !q.numbers().isEmpty();
    }

    /** The numbers a relative question points at ("第9项之后那一项", or "下一项" after a question about 第9项). */
    private static List<Integer> step(QueryAnalysis current, QueryAnalysis previous) {
        if (current.relativeStep() == 0) return null;
        List<Integer> base = !current.numbers().isEmpty() ? current.numbers()
                : previous != null ? previous.numbers() : List.of();
        if (base.isEmpty()) return null;
        List<Integer> out = new ArrayList<>();
        for (int n : base) out.add(n + current.relativeStep());
        return out;
    }

    private static QueryAnalysis withNumbers(QueryAnalysis q, List<Integer> numbers) {
        return new QueryAnalysis(q.text(), q.sources(), q.categories(), q.scopes(), List.copyOf(numbers), List.of(), 0,
                q.count(), q.focus(), q.lexicalTerms(), q.searchText(), q.hasTopic(), false, q.otherPlaces(),
                q.opinion(), false, false);
    }

    /**
     * @param question  what the latest question says by itself
     * @param effective what is searched for once the earlier turns are taken into account
     * @param previous  what the earlier turns asked, resolved; null without history
     * @param followUp  whether the earlier turns changed anything
     */
    public record ResolvedQuery(QueryAnalysis question, QueryAnalysis effective, QueryAnalysis previous, boolean followUp) {
    }
}
