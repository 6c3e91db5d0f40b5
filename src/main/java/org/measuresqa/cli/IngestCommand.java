package org.measuresqa.cli;

import java.util.concurrent.Callable;
import org.measuresqa.App;
import org.measuresqa.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse the measures document and bring the index up to date (embeds only what changed).")
final class IngestCommand extends CommonOptions implements Callable<Integer> {

    @Option(names = "--rebuild", description = "embed every chunk again, even if unchanged")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (App app = App.open(config())) {
            TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "嵌入 embedding");
            Indexer.Report r = rebuild ? app.rebuildIndex(progress) : app.refreshIndex(progress);
            spec.commandLine().getOut().printf("%d measures, %d chunks: %d embedded, %d deleted, %d ms (%s)%n",
                    r.measures(), r.chunks(), r.embedded(), r.deleted(), r.millis(), app.config().store().path());
        }
        return 0;
    }
}
