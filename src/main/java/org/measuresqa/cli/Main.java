package org.measuresqa.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.measuresqa.config.ConfigException;
import org.measuresqa.corpus.CorpusFormatException;
import org.measuresqa.index.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one program: {@code serve}, {@code ingest}, {@code search}. */
@Command(name = "measures-qa", mixinStandardHelpOptions = true, version = "measures-qa 0.1.0",
        description = "举措问答: answers questions about the 32 reform pilot measures, citing measure numbers.",
        subcommands = {ServeCommand.class, IngestCommand.class, SearchCommand.class, AskCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0 || !isServe(args)) System.exit(code);
    }

    private static boolean isServe(String[] args) {
        for (String a : args) if (a.equals("serve")) return true;
        return false;
    }

    /** Runs a command line; the environment and streams are passed in so tests can. Returns the exit code. */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(), new EnvFactory(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof StoreException || e instanceof CorpusFormatException
                    || e instanceof UsageException || e instanceof java.io.UncheckedIOException
                    || e instanceof org.measuresqa.storage.DatabaseException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Hands each command the environment it runs in. */
    private record EnvFactory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K instance = CommandLine.defaultFactory().create(cls);
            if (instance instanceof EnvAware aware) aware.environment(env);
            return instance;
        }
    }
}
