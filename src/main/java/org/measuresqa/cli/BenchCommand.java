package org.measuresqa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure ingest, start-up, search latency and memory.")
final class BenchCommand extends CommonOptions implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("bench is not built yet");
    }
}
