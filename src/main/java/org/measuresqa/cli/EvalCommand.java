package org.measuresqa.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.measuresqa.App;
import org.measuresqa.corpus.Corpus;
import org.measuresqa.eval.AnswerMetrics;
import org.measuresqa.eval.AnswerReport;
import org.measuresqa.eval.Baseline;
import org.measuresqa.eval.BaselineCheck;
import org.measuresqa.eval.EvalCase;
import org.measuresqa.eval.EvalReport;
import org.measuresqa.eval.EvalRunner;
import org.measuresqa.eval.QuestionResult;
import org.measuresqa.eval.QuestionSetCheck;
import org.measuresqa.eval.ReportWriter;
import org.measuresqa.eval.Summary;
import org.measuresqa.eval.VariantReport;
import org.measuresqa.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run the question set against retrieval and its ablations; write a report; compare with the baseline.")
final class EvalCommand extends CommonOptions implements Callable<Integer> {

    @Option(names = "--questions", description = "question set (default ${DEFAULT-VALUE})", defaultValue = "eval/questions.jsonl")
    Path questions;

    @Option(names = "--baseline", description = "baseline file (default ${DEFAULT-VALUE})", defaultValue = "eval/baseline.json")
    Path baseline;

    @Option(names = "--reports", description = "folder for reports (default ${DEFAULT-VALUE})", defaultValue = "eval/reports")
    Path reports;

    @Option(names = "--check", description = "exit 1 when a headline metric is more than 0.01 below the baseline")
    boolean check;

    @Option(names = "--update-baseline", description = "write this run's results as the new baseline")
    boolean updateBaseline;

    @Option(names = "--partial", description = "the set need not cover every kind and measure (a held-out set)")
    boolean partial;

    @Option(names = "--export-feedback", paramLabel = "FILE",
            description = "write answers users rated down as draft questions (JSONL) to review and add to the set, then stop")
    Path exportFeedback;

    @Option(names = "--no-answers", description = "evaluate retrieval only")
    boolean noAnswers;

    @Option(names = "-k", description = "ranked measures per question (default ${DEFAULT-VALUE})", defaultValue = "5")
    int k;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (check && updateBaseline) throw new UsageException("--check and --update-baseline exclude each other");
        if (exportFeedback != null) return exportFeedback(out);
        if (!Files.isRegularFile(questions)) throw new UsageException("no question set at " + questions);
        List<EvalCase> cases = EvalCase.load(questions);
        try (App app = App.open(config())) {
            Corpus corpus = app.corpus();
            List<String> problems = QuestionSetCheck.problems(cases, corpus, !partial);
            if (!problems.isEmpty()) {
                problems.forEach(p -> spec.commandLine().getErr().println("question set: " + p));
                return 1;
            }
            app.refreshIndex(Indexer.Progress.NONE);
            String document = Corpus.readDocument(app.config().corpus().path());
            var variants = EvalRunner.standardVariants(app.store(), app.embedder(), app.config().retrieval().settings(), document);
            AnswerReport answers = null;
            if (!noAnswers) {
                var service = app.answerService(((EvalRunner.RetrieverVariant) variants.get(0)).retriever());
                answers = EvalRunner.answers(cases, new EvalRunner.AnswerSource() {
                    @Override
                    public String mode() {
                        return service.mode();
                    }

                    @Override
                    public org.measuresqa.answer.Answer answer(EvalCase c) {
                        return service.answerOnce(c.question(), c.history()).answer();
                    }
                }, new AnswerMetrics(corpus));
            }
            EvalReport report = new EvalRunner().run(questions.toString(), cases, variants, k, app.embedder(), answers);

            BaselineCheck comparison = null;
            if (Files.isRegularFile(baseline) && !updateBaseline) {
                comparison = BaselineCheck.compare(ReportWriter.readBaseline(baseline), report.product(), answers);
            }
            String stamp = report.createdAt().replace(":", "").replace("+", "p");
            Path json = reports.resolve(stamp + ".json");
            Path md = reports.resolve(stamp + ".md");
            ReportWriter.writeJson(report, json);
            Files.createDirectories(reports);
            Files.writeString(md, ReportWriter.markdown(report, comparison), StandardCharsets.UTF_8);

            printSummary(report, out);
            out.println("report: " + md + " (and " + json + ")");
            if (updateBaseline) {
                ReportWriter.writeJson(new Baseline(report.product(), answers), baseline);
                out.println("baseline updated: " + baseline);
                return 0;
            }
            if (comparison == null) {
                out.println("no baseline at " + baseline + "; create one with --update-baseline");
                return check ? 1 : 0;
            }
            for (String r : comparison.regressions()) out.println("REGRESSION " + r);
            for (QuestionResult[] p : comparison.worse()) {
                out.println("worse: " + p[1].id() + " (" + p[1].kind() + ") gold " + p[1].gold() + ": "
                        + describe(p[0]) + " → " + describe(p[1]));
            }
            out.println(comparison.passed() ? "baseline check passed (" + comparison.better().size() + " questions better, "
                    + comparison.worse().size() + " worse)" : "baseline check FAILED");
            return check && !comparison.passed() ? 1 : 0;
        }
    }

    /**
     * Each answer rated down becomes a draft question: the question, the user turns before it, the answer and the
     * comment. Gold and facts are left for a person to fill in; the extra fields make the loader refuse a draft that
     * was not reviewed.
     */
    private int exportFeedback(PrintWriter out) throws java.io.IOException {
        try (App app = App.open(config())) {
            var conversations = app.conversations();
            List<String> lines = new java.util.ArrayList<>();
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            int n = 0;
            for (var f : conversations.feedback()) {
                if (!f.rating().equals("down")) continue;
                List<String> history = new java.util.ArrayList<>();
                var messages = conversations.messages(f.conversationId());
                for (int i = 0; i < 2 * f.turn() && i < messages.size(); i++) {
                    if (messages.get(i).role().equals("user")) history.add(messages.get(i).content());
                }
                var draft = new java.util.LinkedHashMap<String, Object>();
                draft.put("id", String.format("feedback-%03d", ++n));
                draft.put("kind", "TODO: fact|paraphrase|theme|filter|count|followup|unanswerable|adversarial");
                draft.put("question", f.question());
                draft.put("history", history);
                draft.put("gold", List.of());
                draft.put("facts", List.of());
                draft.put("answerable", true);
                draft.put("reviewNote", "rated down" + (f.comment() == null ? "" : ": " + f.comment()));
                draft.put("answerGiven", f.answer());
                lines.add(json.writeValueAsString(draft));
            }
            Files.write(exportFeedback, lines, StandardCharsets.UTF_8);
            out.println(lines.size() + " answers rated down written to " + exportFeedback
                    + "; fill in kind, gold and facts, drop reviewNote and answerGiven, then add them to " + questions);
            return 0;
        }
    }

    private static String describe(QuestionResult q) {
        return (q.abstain() ? "declined " : "") + q.ranked();
    }

    private static void printSummary(EvalReport report, PrintWriter out) {
        out.printf("%-24s", "variant");
        for (String m : Summary.HEADLINE) out.printf(" %10s", shorten(m));
        out.println();
        for (VariantReport v : report.variants().values()) {
            out.printf("%-24s", v.name());
            for (String m : Summary.HEADLINE) {
                Double value = v.overall().get(m);
                out.printf(" %10s", value == null ? "-" : String.format("%.3f", value));
            }
            out.println();
        }
        out.println();
        out.printf("%-14s %4s", report.product().name() + " kind", "n");
        for (String m : Summary.HEADLINE) out.printf(" %10s", shorten(m));
        out.println();
        if (report.answers() != null) {
            out.println("answers (" + report.answers().mode() + "): " + report.answers().overall());
        }
        report.product().perKind().forEach((kind, m) -> {
            long n = report.product().questions().stream().filter(q -> q.kind().equals(kind)).count();
            out.printf("%-14s %4d", kind, n);
            for (String name : Summary.HEADLINE) {
                Double value = m.get(name);
                out.printf(" %10s", value == null ? "-" : String.format("%.3f", value));
            }
            out.println();
        });
    }

    private static String shorten(String metric) {
        return switch (metric) {
            case Summary.EXACT_SET -> "exactSet";
            case Summary.DECLINE -> "decline";
            case Summary.FALSE_DECLINE -> "falseDecl";
            default -> metric;
        };
    }
}
