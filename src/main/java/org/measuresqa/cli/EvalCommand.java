package org.measuresqa.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.measuresqa.eval.PlainDenseRetriever;
import org.measuresqa.eval.QuestionResult;
import org.measuresqa.eval.QuestionSet;
import org.measuresqa.eval.QuestionSetCheck;
import org.measuresqa.eval.ReportWriter;
import org.measuresqa.eval.RetrievalOutcome;
import org.measuresqa.eval.Summary;
import org.measuresqa.eval.VariantReport;
import org.measuresqa.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run question sets against retrieval and its ablations, and score the answers; write reports;"
                + " compare each set with its baseline.",
                "Sets: own (eval/questions.jsonl), tune (eval/tune.jsonl), sealed (eval/sealed.jsonl). By default every"
                        + " set that exists runs, except a sealed set that has no baseline yet: that one runs once, by name."
                        + " Of a sealed set only aggregate figures are ever printed or written."})
final class EvalCommand extends CommonOptions implements Callable<Integer> {

    @Option(names = "--set", paramLabel = "NAME", description = "run this set (own, tune, sealed); repeatable")
    List<String> sets = new ArrayList<>();

    @Option(names = "--questions", paramLabel = "FILE", description = "run this question file instead of the named sets")
    Path questions;

    @Option(names = "--baseline", paramLabel = "FILE", description = "the baseline of --questions (default: none)")
    Path baseline;

    @Option(names = "--sealed", description = "treat --questions as sealed: aggregate figures only")
    boolean sealed;

    @Option(names = "--eval-dir", paramLabel = "DIR", description = "where the named sets live (default ${DEFAULT-VALUE})", defaultValue = "eval")
    Path evalDir;

    @Option(names = "--reports", description = "folder for reports (default ${DEFAULT-VALUE})", defaultValue = "eval/reports")
    Path reports;

    @Option(names = "--check", description = "exit 1 when a headline metric of any set is more than 0.01 below its baseline")
    boolean check;

    @Option(names = "--update-baseline", description = "write this run's results as the sets' new baselines")
    boolean updateBaseline;

    @Option(names = "--export-feedback", paramLabel = "FILE",
            description = "write answers users rated down as draft questions (JSONL) to review and add to a set, then stop")
    Path exportFeedback;

    @Option(names = "--no-answers", description = "evaluate retrieval only")
    boolean noAnswers;

    @Option(names = "--explain", paramLabel = "ID", split = ",",
            description = "print how these questions were read and answered, then stop (not for a sealed set)")
    List<String> explain = new ArrayList<>();

    @Option(names = "-k", description = "ranked measures per question (default ${DEFAULT-VALUE})", defaultValue = "5")
    int k;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (check && updateBaseline) throw new UsageException("--check and --update-baseline exclude each other");
        if (exportFeedback != null) return exportFeedback(out);
        List<QuestionSet> chosen = chooseSets();
        if (chosen.isEmpty()) throw new UsageException("no question set to run in " + evalDir);
        try (App app = App.open(config())) {
            Corpus corpus = app.corpus();
            app.refreshIndex(Indexer.Progress.NONE);
            String document = Corpus.readDocument(app.config().corpus().path());
            List<RetrievalOutcome.Variant> variants = new ArrayList<>(EvalRunner.standardVariants(
                    app.store(), app.embedder(), app.config().retrieval().settings(), document));
            variants.add(new PlainDenseRetriever(app.store(), app.embedder()));
            var service = noAnswers ? null : app.answerService(((EvalRunner.RetrieverVariant) variants.get(0)).retriever());
            if (!explain.isEmpty()) return explain(chosen, (EvalRunner.RetrieverVariant) variants.get(0), service, out);
            boolean passed = true;
            Map<String, EvalReport> ran = new LinkedHashMap<>();
            for (QuestionSet set : chosen) {
                List<EvalCase> cases = EvalCase.load(set.questions());
                List<String> problems = QuestionSetCheck.problems(cases, corpus, set.complete());
                if (!problems.isEmpty()) {
                    if (set.sealed()) {
                        spec.commandLine().getErr().println("question set " + set.name() + ": " + problems.size()
                                + " problems (not shown: the set is sealed; its checker must mend them)");
                    } else {
                        problems.forEach(p -> spec.commandLine().getErr().println("question set " + set.name() + ": " + p));
                    }
                    return 1;
                }
                AnswerReport answers = service == null ? null : EvalRunner.answers(cases, new EvalRunner.AnswerSource() {
                    @Override
                    public String mode() {
                        return service.mode();
                    }

                    @Override
                    public org.measuresqa.answer.Answer answer(EvalCase c) {
                        return service.answerOnce(c.question(), c.history()).answer();
                    }
                }, new AnswerMetrics(corpus));
                EvalReport report = new EvalRunner().run(set.questions().toString(), cases, variants, k, app.embedder(), answers);
                if (set.sealed()) report = report.aggregatesOnly();
                ran.put(set.name(), report);
                passed &= finish(set, report, out);
            }
            if (ran.containsKey(QuestionSet.TUNE) && ran.containsKey(QuestionSet.SEALED)) {
                printGap(ran.get(QuestionSet.TUNE), ran.get(QuestionSet.SEALED), out);
            }
            if (updateBaseline) return 0;
            return check && !passed ? 1 : 0;
        }
    }

    private List<QuestionSet> chooseSets() {
        if (questions != null) {
            if (!sets.isEmpty()) throw new UsageException("--questions and --set exclude each other");
            if (!Files.isRegularFile(questions)) throw new UsageException("no question set at " + questions);
            String name = questions.getFileName().toString().replaceFirst("\\.jsonl$", "");
            Path base = baseline != null ? baseline : reports.resolve(name + "-baseline.json");
            return List.of(new QuestionSet(name, questions, base, sealed, false));
        }
        List<QuestionSet> known = QuestionSet.standard(evalDir);
        List<QuestionSet> out = new ArrayList<>();
        if (sets.isEmpty()) {
            for (QuestionSet s : known) {
                if (!Files.isRegularFile(s.questions())) continue;
                if (s.sealed() && !Files.isRegularFile(s.baseline())) continue; // its first run is deliberate
                out.add(s);
            }
            return out;
        }
        for (String name : sets) {
            QuestionSet s = known.stream().filter(q -> q.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown set " + name + "; the sets are own, tune and sealed"));
            if (!Files.isRegularFile(s.questions())) throw new UsageException("no question set at " + s.questions());
            out.add(s);
        }
        return out;
    }

    private int explain(List<QuestionSet> chosen, EvalRunner.RetrieverVariant product,
                        org.measuresqa.conversation.ConversationService service, PrintWriter out) {
        for (QuestionSet set : chosen) {
            if (set.sealed()) throw new UsageException("--explain shows questions; the " + set.name() + " set is sealed");
            for (EvalCase c : EvalCase.load(set.questions())) {
                if (!explain.contains(c.id()) && !explain.contains(c.kindAndTrait()) && !explain.contains(c.kind())) continue;
                out.println("## " + c.id() + " (" + c.kindAndTrait() + ") gold " + c.gold() + " facts " + c.facts());
                if (!c.history().isEmpty()) out.println("history: " + c.history());
                out.println("question: " + c.question());
                SearchCommand.print(product.retriever().retrieve(c.question(), c.history(), k), out);
                if (service != null) out.println("answer: " + service.answerOnce(c.question(), c.history()).answer().text());
                out.println();
            }
        }
        return 0;
    }

    /** Prints and writes one set's report, compares it with its baseline; true when it passed. */
    private boolean finish(QuestionSet set, EvalReport report, PrintWriter out) throws java.io.IOException {
        BaselineCheck comparison = null;
        if (Files.isRegularFile(set.baseline()) && !updateBaseline) {
            comparison = BaselineCheck.compare(ReportWriter.readBaseline(set.baseline()), report.product(), report.answers());
        }
        String stamp = report.createdAt().replace(":", "").replace("+", "p") + "-" + set.name();
        Path json = reports.resolve(stamp + ".json");
        Path md = reports.resolve(stamp + ".md");
        ReportWriter.writeJson(report, json);
        Files.createDirectories(reports);
        Files.writeString(md, ReportWriter.markdown(report, set.sealed() ? null : comparison), StandardCharsets.UTF_8);

        out.println("== " + set.name() + " (" + report.questions() + " questions" + (set.sealed() ? ", sealed: aggregates only" : "") + ")");
        printSummary(report, out);
        out.println("report: " + md + " (and " + json + ")");
        if (updateBaseline) {
            ReportWriter.writeJson(new Baseline(report.product(), report.answers()), set.baseline());
            out.println("baseline updated: " + set.baseline());
            out.println();
            return true;
        }
        if (comparison == null) {
            out.println("no baseline at " + set.baseline() + "; create one with --update-baseline");
            out.println();
            return false;
        }
        for (String r : comparison.regressions()) out.println("REGRESSION " + set.name() + " " + r);
        if (!set.sealed()) {
            for (QuestionResult[] p : comparison.worse()) {
                out.println("worse: " + p[1].id() + " (" + p[1].kind() + ") gold " + p[1].gold() + ": "
                        + describe(p[0]) + " → " + describe(p[1]));
            }
        }
        out.println(comparison.passed()
                ? "baseline check passed" + (set.sealed() ? "" : " (" + comparison.better().size() + " questions better, "
                + comparison.worse().size() + " worse)")
                : "baseline check FAILED");
        out.println();
        return comparison.passed();
    }

    /** How much better the product does on the set it was tuned on than on the sealed one: what tuning overfits. */
    private static void printGap(EvalReport tune, EvalReport sealed, PrintWriter out) {
        out.println("== gap, tune − sealed (" + tune.product().name() + ")");
        for (String m : Summary.HEADLINE) {
            Double a = tune.product().overall().get(m);
            Double b = sealed.product().overall().get(m);
            if (a != null && b != null) out.printf("%-20s %7.3f %7.3f %+7.3f%n", m, a, b, a - b);
        }
        if (tune.answers() != null && sealed.answers() != null) {
            for (String m : AnswerMetrics.HEADLINE) {
                Double a = tune.answers().overall().get(m);
                Double b = sealed.answers().overall().get(m);
                if (a != null && b != null) out.printf("%-20s %7.3f %7.3f %+7.3f%n", "answers " + m, a, b, a - b);
            }
        }
        out.println();
    }

    /**
     * Each answer rated down becomes a draft question: the question, the user turns before it, the answer and the
     * comment. Gold and facts are left for a person to fill in; the extra fields make the loader refuse a draft that
     * was not reviewed.
     */
    private int exportFeedback(PrintWriter out) throws java.io.IOException {
        try (App app = App.open(config())) {
            var conversations = app.conversations();
            List<String> lines = new ArrayList<>();
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            int n = 0;
            for (var f : conversations.feedback()) {
                if (!f.rating().equals("down")) continue;
                List<String> history = new ArrayList<>();
                var messages = conversations.messages(f.conversationId());
                for (int i = 0; i < 2 * f.turn() && i < messages.size(); i++) {
                    if (messages.get(i).role().equals("user")) history.add(messages.get(i).content());
                }
                var draft = new LinkedHashMap<String, Object>();
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
                    + "; fill in kind, gold and facts, drop reviewNote and answerGiven, then add them to eval/tune.jsonl");
            return 0;
        }
    }

    private static String describe(QuestionResult q) {
        return (q.abstain() ? "declined " : "") + q.ranked();
    }

    private static void printSummary(EvalReport report, PrintWriter out) {
        out.printf("%-24s", "variant");
        for (String m : Summary.HEADLINE) out.printf(" %9s", shorten(m));
        out.println();
        for (VariantReport v : report.variants().values()) {
            out.printf("%-24s", v.name());
            for (String m : Summary.HEADLINE) {
                Double value = v.overall().get(m);
                out.printf(" %9s", value == null ? "-" : String.format("%.3f", value));
            }
            out.println();
        }
        out.println();
        if (report.answers() != null) {
            out.println("answers (" + report.answers().mode() + "): " + report.answers().overall());
        }
        VariantReport product = report.product();
        VariantReport dense = report.variants().get("dense-only");
        VariantReport plain = report.variants().get(PlainDenseRetriever.NAME);
        out.printf("%-13s %9s %9s %9s %9s %9s %9s %9s | %17s %17s%n", "kind", "r@1", "r@5", "mrr", "exactSet",
                "setPrec", "decline", "falseDecl", "r@5/mrr dense-only", "r@5/mrr plain");
        product.perKind().forEach((kind, m) -> {
            out.printf("%-13s", kind);
            for (String name : List.of(Summary.RECALL_1, Summary.RECALL_5, Summary.MRR, Summary.EXACT_SET,
                    Summary.SET_PRECISION, Summary.DECLINE, Summary.FALSE_DECLINE)) {
                Double value = m.get(name);
                out.printf(" %9s", value == null ? "-" : String.format("%.3f", value));
            }
            out.printf(" | %17s %17s%n", pair(dense, kind), pair(plain, kind));
            if (report.answers() != null && report.answers().perKind().containsKey(kind)) {
                Map<String, Double> a = report.answers().perKind().get(kind);
                out.printf("%-13s facts %s  citPrec %s  citRec %s  decline %s%n", "", fmt(a.get(AnswerMetrics.FACT_RECALL)),
                        fmt(a.get(AnswerMetrics.CITATION_PRECISION)), fmt(a.get(AnswerMetrics.CITATION_RECALL)),
                        fmt(a.get(AnswerMetrics.DECLINE)));
            }
        });
    }

    private static String pair(VariantReport v, String kind) {
        if (v == null || !v.perKind().containsKey(kind)) return "-";
        Map<String, Double> m = v.perKind().get(kind);
        if (m.get(Summary.RECALL_5) == null) return "decl " + fmt(m.get(Summary.DECLINE));
        return fmt(m.get(Summary.RECALL_5)) + "/" + fmt(m.get(Summary.MRR));
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format("%.3f", v);
    }

    private static String shorten(String metric) {
        return switch (metric) {
            case Summary.EXACT_SET -> "exactSet";
            case Summary.DECLINE -> "decline";
            case Summary.FALSE_DECLINE -> "falseDecl";
            case Summary.SET_PRECISION -> "setPrec";
            default -> metric;
        };
    }
}
