package org.measuresqa.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.measuresqa.App;
import org.measuresqa.config.Config;
import org.measuresqa.index.Chunk;
import org.measuresqa.index.Indexer;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.answer.DeclineWording;
import org.measuresqa.question.QueryAnalysis;
import org.measuresqa.retrieval.RetrievalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Print the measures that answer a question, ranked, with scores and evidence.")
final class SearchCommand extends CommonOptions implements Callable<Integer> {

    @Parameters(paramLabel = "QUESTION", description = "the question, in Chinese")
    String question;

    @Option(names = {"-H", "--history"}, paramLabel = "TURN", description = "an earlier user turn (repeat, oldest first)")
    List<String> history = List.of();

    @Option(names = "-k", description = "how many measures (default ${DEFAULT-VALUE})", defaultValue = "5")
    int k;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (question.isBlank()) throw new UsageException("the question is empty");
        if (k < 1 || k > Config.MAX_K) throw new UsageException("-k must be between 1 and " + Config.MAX_K);
        try (App app = App.open(config())) {
            app.refreshIndex(Indexer.Progress.NONE);
            RetrievalResult r = app.retriever().retrieve(question, history, k);
            print(r, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(RetrievalResult r, PrintWriter out) {
        QueryAnalysis q = r.query().effective();
        out.println("问题理解：来源=" + q.filters().sources() + " 类别=" + q.filters().categories() + " 推广范围="
                + q.filters().scopes() + " 编号=" + q.numbers().measures() + " 计数=" + q.intent().count() + " 列举="
                + q.intent().list() + " 关注=" + q.ask().focuses() + " 数字=" + q.ask().quantities()
                + (r.query().followUp() ? " （追问，已结合上文）" : ""));
        if (r.abstain()) out.println("不在文件范围内（" + r.decline().kind() + "）：" + DeclineWording.reason(r.decline()));
        if (r.count() && !r.abstain()) out.println("共 " + r.measures().size() + " 项");
        int rank = 1;
        for (MeasureHit h : r.measures()) {
            var m = h.measure();
            out.printf("%2d. [%d] %s（%s · %s · %s） score %.3f%n", rank++, m.number(), m.name(), m.source(), m.category(),
                    m.scope(), h.score());
            for (Chunk c : h.evidence()) out.println("      · " + abbreviate(c.text()));
            if (!h.sentences().isEmpty()) out.println("      ▸ " + abbreviate(h.sentences().get(0).sentence().text()));
        }
        out.flush();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
