package org.measuresqa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.measuresqa.answer.AdmittedAnswerer;
import org.measuresqa.answer.Answer;
import org.measuresqa.answer.ChatListener;
import org.measuresqa.answer.ModelAnswerers;
import org.measuresqa.answer.Prompts;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.support.FakeModelServer;
import org.measuresqa.support.TestIndex;

/**
 * The model in production, as figures (not a test), against a fake Ollama that serves one generation at a time with
 * a real model's timings: 6 s to load, 1.5 s of prompt evaluation, 25 tokens a second. The answerer is built as the
 * application builds it, with the default configuration. Prints: the first question 10 s after start (who answered,
 * time to first token); twelve questions at once (how many the model answered, generations wasted); the p50 and p95
 * time to an answer of those twelve. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.measuresqa.bench.ModelServingBench}.
 */
public final class ModelServingBench {

    private static final String QUESTION = "知识产权证券化发行了多少单？";
    private static final String ANSWER = "截至2024年第三季度，深圳已累计发行知识产权证券化产品93单[8]。";

    public static void main(String[] args) throws Exception {
        TestIndex.store();
        // one token a character: a short answer of this many tokens, as a small model writes it
        String[] tokens = ANSWER.split("(?<=.)(?!\\d)");
        try (FakeModelServer fake = FakeModelServer.start().timings(Duration.ofSeconds(6), Duration.ofMillis(1500), 25).answers(tokens)) {
            Config config = Config.load(Map.of("OLLAMA_BASE_URL", fake.ollamaUrl(), "OLLAMA_MODEL", FakeModelServer.MODEL), null);
            Config.Model m = config.model();
            System.out.printf("fake model server: load 6 s, prompt evaluation 1.5 s, 25 tokens/s, one generation at a time; "
                            + "answer of %d tokens%nsettings: first token %d s, between tokens %d s, total %d s, LLM_MAX_CONCURRENCY %d%n",
                    tokens.length, m.firstToken().toSeconds(), m.betweenTokens().toSeconds(), m.total().toSeconds(), m.maxConcurrency());
            long started = System.nanoTime();
            try (AdmittedAnswerer answerer = ModelAnswerers.ollama(config.ollama(), m, Prompts.load(Path.of("prompts"))).start();
                 ConversationStore store = ConversationStore.open(Files.createTempDirectory("model-bench").resolve("c.db"))) {
                ConversationService service = TestIndex.conversationService(java.util.Optional.of(answerer), store);

                Thread.sleep(Math.max(0, Duration.ofSeconds(10).toMillis() - (System.nanoTime() - started) / 1_000_000));
                Timed first = ask(service);
                System.out.printf("1. first question 10 s after start: answered by %s, first token after %.2f s (target < 2 s)%n",
                        first.answer.mode(), first.firstTokenMs / 1000);

                int evaluationsBefore = fake.evaluations();
                ExecutorService pool = Executors.newFixedThreadPool(12);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Timed>> burst = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    burst.add(pool.submit(() -> {
                        go.await();
                        return ask(service);
                    }));
                }
                go.countDown();
                List<Double> seconds = new ArrayList<>();
                Map<String, Integer> outcomes = new TreeMap<>();
                int byModel = 0;
                for (Future<Timed> f : burst) {
                    Timed t = f.get();
                    seconds.add(t.totalMs / 1000);
                    if (!t.answer.mode().equals("extractive")) byModel++;
                    outcomes.merge(t.answer.fallbackReason() == null ? t.answer.mode() : t.answer.fallbackReason(), 1, Integer::sum);
                }
                pool.shutdown();
                Thread.sleep(500); // let the fake notice any connection closed at the very end
                System.out.printf("2. twelve questions at once: %d answered by the model; %d generations wasted (begun, then abandoned; "
                                + "target at most 1); %d prompt evaluations in all; outcomes %s%n",
                        byModel, fake.wasted(), fake.evaluations() - evaluationsBefore, outcomes);
                Collections.sort(seconds);
                System.out.printf("3. time to an answer of those twelve: p50 %.2f s, p95 %.2f s, max %.2f s%n",
                        pct(seconds, 50), pct(seconds, 95), seconds.get(seconds.size() - 1));
            }
        }
        System.exit(0);
    }

    private record Timed(Answer answer, double firstTokenMs, double totalMs) {
    }

    private static Timed ask(ConversationService service) {
        long t = System.nanoTime();
        long[] first = {0};
        Answer answer = service.chat(Caller.cli(), null, QUESTION, new ChatListener() {
            @Override
            public void onDelta(String text) {
                if (first[0] == 0) first[0] = System.nanoTime();
            }
        }).answer();
        return new Timed(answer, (first[0] - t) / 1e6, (System.nanoTime() - t) / 1e6);
    }

    private static double pct(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
