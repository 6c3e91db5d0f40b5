package org.measuresqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.measuresqa.index.ChunkStore;
import org.measuresqa.index.Embedder;
import org.measuresqa.retrieval.HybridRetriever;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.retrieval.RetrievalSettings;
import org.measuresqa.retrieval.Retriever;

/** Runs retrieval variants over a question set and summarises them, overall and per kind. */
public final class EvalRunner {

    /** A {@link Retriever} seen as an evaluation variant. */
    public record RetrieverVariant(String name, Retriever retriever) implements RetrievalOutcome.Variant {
        @Override
        public RetrievalOutcome run(EvalCase c, int k) {
            RetrievalResult r = retriever.retrieve(c.question(), c.history(), k);
            return new RetrievalOutcome(r.measures().stream().map(MeasureHit::measure).map(m -> m.number()).toList(),
                    r.abstain(), r.exactSet());
        }
    }

    /**
     * The product and its ablations: dense only, lexical only, the query instruction switched, and the naive
     * baseline.
     */
    public static List<RetrievalOutcome.Variant> standardVariants(ChunkStore store, Embedder embedder,
                                                                  RetrievalSettings settings, String document) {
        List<RetrievalOutcome.Variant> variants = new ArrayList<>();
        variants.add(new RetrieverVariant(EvalReport.PRODUCT, new HybridRetriever(store, embedder, settings)));
        variants.add(new RetrieverVariant("dense-only", new HybridRetriever(store, embedder, settings.withWeights(1, 0))));
        variants.add(new RetrieverVariant("lexical-only", new HybridRetriever(store, embedder, settings.withWeights(0, 1))));
        boolean flipped = !embedder.usesQueryInstruction();
        variants.add(new RetrieverVariant("hybrid-instruction-" + (flipped ? "on" : "off"),
                new HybridRetriever(store, embedder.withQueryInstruction(flipped), settings)));
        variants.add(new NaiveRetriever(document, embedder));
        return variants;
    }

    /** Answers one question without storing anything; returns the answer's text and whether it declined. */
    public interface AnswerSource {
        String mode();

        org.measuresqa.answer.Answer answer(EvalCase c);
    }

    /** Scores the answers of {@code source} on every question. */
    public static AnswerReport answers(List<EvalCase> cases, AnswerSource source, AnswerMetrics metrics) {
        List<AnswerResult> results = cases.stream().map(c -> {
            org.measuresqa.answer.Answer a = source.answer(c);
            return metrics.score(c, a.text(), a.abstain());
        }).toList();
        Map<String, Map<String, Double>> perKind = new LinkedHashMap<>();
        for (String kind : EvalCase.KINDS) {
            List<AnswerResult> ofKind = results.stream().filter(r -> r.kind().equals(kind)).toList();
            if (!ofKind.isEmpty()) perKind.put(kind, AnswerMetrics.summarise(ofKind));
        }
        return new AnswerReport(source.mode(), AnswerMetrics.summarise(results), perKind, results);
    }

    public EvalReport run(String questionSet, List<EvalCase> cases, List<RetrievalOutcome.Variant> variants, int k,
                          Embedder embedder) {
        return run(questionSet, cases, variants, k, embedder, null);
    }

    public EvalReport run(String questionSet, List<EvalCase> cases, List<RetrievalOutcome.Variant> variants, int k,
                          Embedder embedder, AnswerReport answers) {
        Map<String, VariantReport> reports = new LinkedHashMap<>();
        for (RetrievalOutcome.Variant v : variants) {
            List<QuestionResult> results = cases.stream().map(c -> QuestionResult.of(c, v.run(c, k))).toList();
            reports.put(v.name(), summarise(v.name(), results));
        }
        return new EvalReport(java.time.OffsetDateTime.now().withNano(0).toString(), questionSet, cases.size(), k,
                embedder.modelId(), embedder.usesQueryInstruction(), reports, answers);
    }

    static VariantReport summarise(String name, List<QuestionResult> results) {
        Map<String, List<QuestionResult>> byKind = results.stream()
                .collect(Collectors.groupingBy(QuestionResult::kind, LinkedHashMap::new, Collectors.toList()));
        Map<String, Map<String, Double>> perKind = new LinkedHashMap<>();
        for (String kind : EvalCase.KINDS) {
            if (byKind.containsKey(kind)) perKind.put(kind, Summary.of(byKind.get(kind)));
        }
        return new VariantReport(name, Summary.of(results), perKind, results);
    }
}
