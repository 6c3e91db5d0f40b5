package org.measuresqa.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a question against the earlier user turns. A question with nothing of its own to search for ("实施效果呢？",
 * "深圳那个呢？", "这些里面哪几条是厦门的？") takes the earlier topic and keeps what it adds (a filter, a focus, a
 * count); "第9项之后那一项" steps from a number; a question with its own topic stands alone and is not dragged back.
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
            return new ResolvedQuery(current, withNumbers(current, stepped), previous != null && current.numbers().isEmpty());
        }
        if (previous == null || standsAlone(current)) return new ResolvedQuery(current, current, false);

        boolean leans = !current.hasTopic() && current.numbers().isEmpty()
                && (current.anaphora() || current.hasFilter() || current.focus() != Focus.GENERAL || current.count()
                || current.text().strip().length() <= SHORT_QUESTION);
        if (leans) {
            QueryAnalysis effective = new QueryAnalysis(
                    previous.text() + " / " + current.text(),
                    current.sources().isEmpty() ? previous.sources() : current.sources(),
                    current.categories().isEmpty() ? previous.categories() : current.categories(),
                    current.scopes().isEmpty() ? previous.scopes() : current.scopes(),
                    previous.numbers(), previous.unknownNumbers(), 0,
                    current.count() || (previous.count() && !current.anaphora() && current.focus() == Focus.GENERAL),
                    current.focus() != Focus.GENERAL ? current.focus() : previous.focus(),
                    previous.lexicalTerms(), previous.searchText(), previous.hasTopic(), false,
                    previous.otherPlaces(), previous.opinion());
            return new ResolvedQuery(current, effective, true);
        }
        if (current.anaphora() && current.hasTopic() && current.numbers().isEmpty()) {
            // "其中哪个涉及数据共享": a new topic within the earlier filters
            QueryAnalysis effective = new QueryAnalysis(
                    previous.text() + " / " + current.text(),
                    current.sources().isEmpty() ? previous.sources() : current.sources(),
                    current.categories().isEmpty() ? previous.categories() : current.categories(),
                    current.scopes().isEmpty() ? previous.scopes() : current.scopes(),
                    List.of(), List.of(), 0, current.count(), current.focus(), current.lexicalTerms(),
                    current.searchText(), true, false, List.of(), false);
            return new ResolvedQuery(current, effective, true);
        }
        return new ResolvedQuery(current, current, false);
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
        List<Integer> known = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int n : numbers) (n >= 1 ? known : unknown).add(n);
        return new QueryAnalysis(q.text(), q.sources(), q.categories(), q.scopes(), known, unknown, 0, q.count(),
                q.focus(), q.lexicalTerms(), q.searchText(), q.hasTopic(), false, q.otherPlaces(), q.opinion());
    }

    /**
     * @param question  what the latest question says by itself
     * @param effective what is searched for once the earlier turns are taken into account
     * @param followUp  whether the earlier turns changed anything
     */
    public record ResolvedQuery(QueryAnalysis question, QueryAnalysis effective, boolean followUp) {
    }
}
