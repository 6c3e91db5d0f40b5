package org.measuresqa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a run as JSON (for tools and the baseline) and as Markdown (for people). */
public final class ReportWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int BAR = 20;

    private ReportWriter() {
    }

    public static void writeJson(Object value, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static Baseline readBaseline(Path file) {
        try {
            return JSON.readValue(file.toFile(), Baseline.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the baseline " + file + ": " + e.getMessage()
                    + " (create it with `eval --update-baseline`)", e);
        }
    }

    /** The human report: variants side by side, a chart per kind, what changed since the baseline, the misses. */
    public static String markdown(EvalReport report, BaselineCheck check) {
        StringBuilder md = new StringBuilder();
        md.append("# Retrieval evaluation ").append(report.createdAt()).append("\n\n");
        md.append(report.questions()).append(" questions from `").append(report.questionSet()).append("`, k = ")
                .append(report.k()).append(", embeddings ").append(report.embeddingModel())
                .append(report.queryInstruction() ? " with" : " without").append(" the query instruction.\n\n");

        md.append("## Variants, overall\n\n| variant |");
        for (String m : Summary.HEADLINE) md.append(' ').append(m).append(" |");
        md.append("\n|---|").append("---:|".repeat(Summary.HEADLINE.size())).append('\n');
        for (VariantReport v : report.variants().values()) {
            md.append("| ").append(v.name()).append(" |");
            for (String m : Summary.HEADLINE) md.append(' ').append(fmt(v.overall().get(m))).append(" |");
            md.append('\n');
        }

        VariantReport product = report.product();
        md.append("\n## Per kind: ").append(product.name()).append("\n\n");
        md.append("| kind | n | recall@5 | | MRR | exact set | decline | false decline |\n|---|---:|---:|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Map<String, Double>> e : product.perKind().entrySet()) {
            Map<String, Double> m = e.getValue();
            long n = Math.round(m.getOrDefault(Summary.QUESTIONS, 0.0));
            Double recall = m.get(Summary.RECALL_5);
            md.append("| ").append(e.getKey()).append(" | ").append(n).append(" | ").append(fmt(recall)).append(" | `")
                    .append(bar(recall)).append("` | ").append(fmt(m.get(Summary.MRR))).append(" | ")
                    .append(fmt(m.get(Summary.EXACT_SET))).append(" | ").append(fmt(m.get(Summary.DECLINE))).append(" | ")
                    .append(fmt(m.get(Summary.FALSE_DECLINE))).append(" |\n");
        }

        for (String metric : List.of(Summary.RECALL_5, Summary.MRR)) {
            md.append("\n## ").append(metric).append(" per kind, every variant\n\n| kind |");
            for (VariantReport v : report.variants().values()) md.append(' ').append(v.name()).append(" |");
            md.append("\n|---|").append("---:|".repeat(report.variants().size())).append('\n');
            for (String kind : product.perKind().keySet()) {
                md.append("| ").append(kind).append(" |");
                for (VariantReport v : report.variants().values()) {
                    Map<String, Double> m = v.perKind().get(kind);
                    Double value = m == null ? null : m.get(metric) != null ? m.get(metric) : m.get(Summary.DECLINE);
                    md.append(' ').append(fmt(value)).append(" |");
                }
                md.append('\n');
            }
        }
        md.append("\n(For unanswerable questions the figure is decline accuracy.)\n");

        if (report.answers() != null) {
            AnswerReport a = report.answers();
            md.append("\n## Answers (").append(a.mode()).append(")\n\n| kind |");
            for (String m : AnswerMetrics.HEADLINE) md.append(' ').append(m).append(" |");
            md.append("\n|---|").append("---:|".repeat(AnswerMetrics.HEADLINE.size())).append('\n');
            md.append("| **all** |");
            for (String m : AnswerMetrics.HEADLINE) md.append(' ').append(fmt(a.overall().get(m))).append(" |");
            md.append('\n');
            a.perKind().forEach((kind, values) -> {
                md.append("| ").append(kind).append(" |");
                for (String m : AnswerMetrics.HEADLINE) md.append(' ').append(fmt(values.get(m))).append(" |");
                md.append('\n');
            });
            md.append("\nMissing facts and unsupported citations:\n\n");
            for (AnswerResult r : a.questions()) {
                if (!r.missingFacts().isEmpty() || r.unsupported() > 0 || !r.declineCorrect()) {
                    md.append("- ").append(r.id()).append(": cited ").append(r.cited())
                            .append(r.missingFacts().isEmpty() ? "" : ", missing " + r.missingFacts())
                            .append(r.unsupported() > 0 ? ", " + r.unsupported() + " unsupported" : "")
                            .append(r.declineCorrect() ? "" : r.abstain() ? ", declined wrongly" : ", should have declined").append('\n');
                }
            }
        }

        if (check != null) {
            md.append("\n## Since the baseline\n\n");
            md.append(check.passed() ? "No headline metric dropped by more than " + BaselineCheck.TOLERANCE + ".\n"
                    : "**Regressions:**\n\n" + String.join("\n", check.regressions().stream().map(r -> "- " + r).toList()) + "\n");
            List<String[]> rows = new ArrayList<>();
            for (QuestionResult[] p : check.worse()) rows.add(row("worse", p[0], p[1]));
            for (QuestionResult p : check.added()) rows.add(new String[] {"new question", p.id(), p.kind(), "", describe(p)});
            for (QuestionResult[] p : check.better()) rows.add(row("better", p[0], p[1]));
            if (rows.isEmpty()) {
                md.append("\nNo question changed.\n");
            } else {
                md.append("\n| change | id | kind | before | now |\n|---|---|---|---|---|\n");
                for (String[] r : rows) md.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
        }

        md.append("\n## Misses (").append(product.name()).append(")\n\n| id | kind | gold | returned |\n|---|---|---|---|\n");
        for (QuestionResult q : product.questions()) {
            if (q.miss()) md.append("| ").append(q.id()).append(" | ").append(q.kind()).append(" | ").append(q.gold())
                    .append(" | ").append(describe(q)).append(" |\n");
        }
        return md.toString();
    }

    private static String[] row(String change, QuestionResult before, QuestionResult now) {
        return new String[] {change, now.id(), now.kind(), describe(before), describe(now)};
    }

    static String describe(QuestionResult q) {
        return (q.abstain() ? "declined " : "") + q.ranked()
                + (q.recall5() != null ? String.format(" r@5 %.2f rr %.2f", q.recall5(), q.reciprocalRank()) : "")
                + (q.exact() != null ? (q.exact() ? " exact" : " not exact") : "");
    }

    private static String bar(Double v) {
        if (v == null) return " ".repeat(BAR);
        int filled = (int) Math.round(v * BAR);
        return "█".repeat(filled) + "░".repeat(BAR - filled);
    }

    private static String fmt(Double v) {
        return v == null ? "–" : String.format("%.3f", v);
    }
}
