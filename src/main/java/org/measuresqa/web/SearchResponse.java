package org.measuresqa.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.measuresqa.answer.DeclineWording;
import org.measuresqa.index.Chunk;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.RetrievalResult;

/**
 * The {@code POST /api/search} response. {@code measures} and {@code abstain} are the contract evaluation tools rely
 * on; the other fields explain how the question was read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResponse(List<Hit> measures, boolean abstain, String abstainReason, String abstainKind,
                             Integer count, boolean exactSet, boolean followUp) {

    /** One ranked measure. */
    public record Hit(int number, String name, String source, String category, String scope, double score,
                      List<String> evidence) {
    }

    public static SearchResponse of(RetrievalResult r) {
        List<Hit> hits = r.measures().stream().map(SearchResponse::hit).toList();
        Integer count = r.count() && !r.abstain() ? hits.size() : null;
        return new SearchResponse(hits, r.abstain(), DeclineWording.reason(r.decline()),
                r.decline() == null ? null : r.decline().kind(), count, r.exactSet(), r.query().followUp());
    }

    private static Hit hit(MeasureHit h) {
        var m = h.measure();
        return new Hit(m.number(), m.name(), m.source(), m.category(), m.scope(),
                Math.round(h.score() * 10000) / 10000.0, h.evidence().stream().map(Chunk::text).toList());
    }
}
