package org.measuresqa.cli;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.measuresqa.App;
import org.measuresqa.bots.Bots;
import org.measuresqa.index.SqliteChunkStore;
import org.measuresqa.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the API (and the chat page); builds or refreshes the index first.")
final class ServeCommand extends CommonOptions implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "HTTP port (overrides PORT; default 7070)")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Map<String, String> overrides = new java.util.HashMap<>(env);
        if (port != null) overrides.put("PORT", port.toString());
        environment(overrides);
        App app = App.open(config());
        try {
            // Loading the model and preparing the index and retriever are independent: do them on both cores.
            var modelLoaded = java.util.concurrent.CompletableFuture.runAsync(app.embedder()::warmUp);
            var answererChosen = java.util.concurrent.CompletableFuture.supplyAsync(app::chooseAnswerer);
            app.refreshIndex(new TerminalProgress(spec.commandLine().getErr(), "嵌入 embedding"));
            var measures = app.store().measures();
            var retriever = app.retriever();
            var answers = app.answerService(retriever, answererChosen.join());
            try {
                app.conversations().checkWritable();
            } catch (org.measuresqa.conversation.ConversationException e) {
                log.error("Conversations cannot be saved: {}. Answers will be given but not stored; make {} writable.",
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage(), app.database().where());
            }
            Bots bots = Bots.fromEnv(env, answers, new org.measuresqa.conversation.TurnLimiter(app.config().web().chatRatePerMinute()),
                    app.botState());
            WebServer server = new WebServer(retriever, answers, measures, app.config().retrieval().defaultK(),
                    () -> app.health(measures, answers), bots, app.config().web());
            Javalin created = server.create();
            modelLoaded.join(); // serve only once questions can be answered at full speed
            Javalin javalin;
            try {
                javalin = created.start(app.config().web().host(), app.config().web().port());
            } catch (io.javalin.util.JavalinBindException e) {
                throw new UsageException("port " + app.config().web().port() + " on " + app.config().web().host()
                        + " is already in use; stop the other server or choose another port with --port or PORT");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                javalin.stop();
                bots.close();
                app.close();
            }));
            log.info("Ready on http://{}:{} in {} ms", app.config().web().host(), javalin.port(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return 0;
    }
}
