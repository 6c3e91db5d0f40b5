package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.support.FakeModelServer;
import org.measuresqa.support.TestIndex;

/**
 * The model answerer as the application builds it ({@link ModelAnswerers}: langchain4j's real Ollama client) against a
 * server that behaves like a real local one ({@link FakeModelServer}): it loads the model, evaluates the prompt, serves
 * one generation at a time. Warm-up and keep-alive, loading again when the model is found unloaded, admission with its
 * short queue, cancellation by closing the connection (queued at the model, or generating), and uncited answers.
 */
class ModelServingTest {

    private static final String QUESTION = "知识产权证券化发行了多少单？";
    private static final String[] CITED = {"截至2024年第三季度，", "已累计发行知识产权证券化产品", "93单", "[8]。"};
    private static RetrievalResult retrieval;

    @TempDir
    Path dir;
    private FakeModelServer fake;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void retrieve() {
        retrieval = TestIndex.retriever().retrieve(QUESTION, List.of(), 5);
    }

    @BeforeEach
    void startFake() {
        fake = FakeModelServer.start().answers(CITED);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) c.close();
        fake.close();
    }

    private static Config.Model settings(Duration firstToken, Duration betweenTokens, int concurrency) {
        return new Config.Model(firstToken, betweenTokens, Duration.ofSeconds(20), concurrency, Duration.ofMinutes(7), Duration.ofSeconds(10));
    }

    private AdmittedAnswerer ollama(Config.Model settings) {
        AdmittedAnswerer a = ModelAnswerers.ollama(new Config.Ollama(fake.ollamaUrl(), FakeModelServer.MODEL, false), settings,
                Prompts.load(Path.of("prompts")));
        open.add(a);
        return a;
    }

    private static AdmittedAnswerer ready(AdmittedAnswerer a) {
        a.start().readiness().awaitLoaded(Duration.ofSeconds(10));
        assertThat(a.readiness().state()).isEqualTo(ModelReadiness.State.READY);
        return a;
    }

    private ConversationService service(Answerer answerer) {
        ConversationStore store = ConversationStore.open(dir.resolve("c" + open.size() + ".db"));
        open.add(store);
        return TestIndex.conversationService(java.util.Optional.of(answerer), store);
    }

    private static AnswerContext context() {
        return new AnswerContext(QUESTION, List.of(), retrieval);
    }

    private static AnswererUnavailableException.Reason reasonOf(Runnable call) {
        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class, call::run);
        return e == null ? null : e.reason();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) Thread.sleep(20);
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }

    // ---- warm-up and keep-alive -------------------------------------------------------------------------------------

    @Test
    void at_start_the_model_is_loaded_in_the_background_with_the_documented_empty_request_and_the_keep_alive() throws Exception {
        fake.timings(Duration.ofMillis(1500), Duration.ZERO, 1000);
        AdmittedAnswerer answerer = ollama(settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 1)).start();

        assertThat(answerer.readiness().state()).isEqualTo(ModelReadiness.State.LOADING);
        waitFor(() -> answerer.readiness().state() == ModelReadiness.State.READY);

        FakeModelServer.Request warmUp = fake.requests("/api/generate").get(0);
        assertThat(warmUp.body().get("model").asText()).isEqualTo(FakeModelServer.MODEL);
        assertThat(warmUp.body().has("prompt")).isFalse();
        assertThat(warmUp.body().get("keep_alive").asInt()).isEqualTo(420);
        assertThat(fake.loads()).isEqualTo(1);
        assertThat(fake.evaluations()).isZero();
    }

    @Test
    void a_question_asked_while_the_model_loads_is_answered_extractively_at_once_without_waiting_on_the_load() {
        fake.timings(Duration.ofSeconds(6), Duration.ZERO, 1000);
        ConversationService service = service(ollama(settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 1)).start());

        long start = System.nanoTime();
        Answer answer = service.chat(Caller.cli(), null, QUESTION, ChatListener.NONE).answer();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo("模型加载中");
        assertThat(answer.text()).contains("93单");
        assertThat(fake.requests("/api/chat")).isEmpty();
    }

    @Test
    void a_warm_model_answers_and_every_question_renews_the_keep_alive() {
        ConversationService service = service(ready(ollama(settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))));

        Answer answer = service.chat(Caller.cli(), null, QUESTION, ChatListener.NONE).answer();

        assertThat(answer.mode()).isEqualTo("ollama");
        assertThat(answer.fallbackReason()).isNull();
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(8);
        JsonNode chat = fake.requests("/api/chat").get(0).body();
        assertThat(chat.get("keep_alive").asInt()).isEqualTo(420);
        assertThat(fake.loaded()).isTrue();
    }

    @Test
    void a_model_found_unloaded_is_loaded_again_in_the_background_and_the_cold_load_does_not_count_against_a_question()
            throws Exception {
        AdmittedAnswerer answerer = ready(ollama(settings(Duration.ofMillis(500), Duration.ofSeconds(1), 1)));
        fake.unload(); // the server dropped it (restarted, or another client's keep-alive)
        fake.timings(Duration.ofSeconds(2), Duration.ZERO, 1000);

        assertThat(reasonOf(() -> answerer.answer(context(), d -> { }))).isEqualTo(AnswererUnavailableException.Reason.TIMEOUT);
        assertThat(answerer.readiness().state()).isEqualTo(ModelReadiness.State.LOADING);
        assertThat(reasonOf(() -> answerer.answer(context(), d -> { }))).isEqualTo(AnswererUnavailableException.Reason.LOADING);

        waitFor(() -> answerer.readiness().state() == ModelReadiness.State.READY);
        assertThat(answerer.answer(context(), d -> { })).contains("93单[8]");
        assertThat(fake.requests("/api/generate")).hasSize(2);
        // the question that met the cold load was cancelled by closing its connection, while the model loaded
        assertThat(fake.closedConnections()).containsExactly(FakeModelServer.Stage.LOADING);
    }

    @Test
    void a_model_idle_longer_than_its_keep_alive_is_loaded_again_before_it_is_asked() throws Exception {
        ModelReadiness readiness = new ModelReadiness(WarmUp.ollama(
                new ModelEndpoint(ModelEndpoint.Kind.OLLAMA, fake.ollamaUrl(), FakeModelServer.MODEL), 8, Duration.ofSeconds(5)),
                Duration.ofSeconds(8), "fake");
        open.add(readiness);
        readiness.start().awaitLoaded(Duration.ofSeconds(5));
        assertThat(readiness.state()).isEqualTo(ModelReadiness.State.READY);

        Thread.sleep(3_500); // past the keep-alive less its safety margin

        assertThat(reasonOf(readiness::require)).isEqualTo(AnswererUnavailableException.Reason.LOADING);
        waitFor(() -> readiness.state() == ModelReadiness.State.READY);
        assertThat(fake.requests("/api/generate")).hasSize(2);
    }

    @Test
    void health_says_whether_the_model_is_ready() throws Exception {
        fake.timings(Duration.ofMillis(1500), Duration.ZERO, 1000);
        AdmittedAnswerer answerer = ollama(settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 1)).start();

        assertThat(answerer.health()).containsEntry("ready", false).containsEntry("state", "loading").containsEntry("mode", "ollama");
        waitFor(() -> answerer.readiness().state() == ModelReadiness.State.READY);
        assertThat(answerer.health()).containsEntry("ready", true).containsEntry("state", "ready").containsEntry("maxConcurrency", 1);
    }

    // ---- admission and cancellation ---------------------------------------------------------------------------------

    @Test
    void with_many_questions_at_once_only_those_that_can_get_a_first_token_in_time_are_sent_and_none_is_wasted() throws Exception {
        // one generation: 600 ms of prompt evaluation and 4 tokens at 8/s, about 1.1 s; first-token deadline 3 s
        fake.timings(Duration.ZERO, Duration.ofMillis(600), 8);
        AdmittedAnswerer answerer = ready(ollama(settings(Duration.ofSeconds(3), Duration.ofSeconds(1), 1)));
        answerer.answer(context(), d -> { }); // one measured generation, as a running server has

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<AnswererUnavailableException.Reason>> outcomes = new ArrayList<>();
        List<Integer> places = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            outcomes.add(pool.submit(() -> reasonOf(() -> answerer.answer(context(), d -> { }, places::add))));
        }
        List<AnswererUnavailableException.Reason> reasons = new ArrayList<>();
        for (var f : outcomes) reasons.add(f.get());
        pool.shutdown();

        long answered = reasons.stream().filter(r -> r == null).count();
        assertThat(reasons).filteredOn(r -> r != null).isNotEmpty().allMatch(r -> r == AnswererUnavailableException.Reason.BUSY);
        assertThat(answered).isGreaterThanOrEqualTo(2); // one at once, at least one after waiting in line
        assertThat(places).isNotEmpty().allMatch(p -> p >= 1);
        // nothing the server gave up on was sent: every prompt evaluated was read to its end
        assertThat(fake.evaluations()).isEqualTo(answered + 1);
        assertThat(fake.wasted()).isZero();
        assertThat(fake.closedConnections()).isEmpty();
    }

    @Test
    void a_generation_given_up_on_between_tokens_is_cancelled_by_closing_its_connection() throws Exception {
        fake.timings(Duration.ZERO, Duration.ZERO, 2); // a token every 500 ms
        AdmittedAnswerer answerer = ready(ollama(settings(Duration.ofSeconds(2), Duration.ofMillis(200), 1)));

        assertThat(reasonOf(() -> answerer.answer(context(), d -> { }))).isEqualTo(AnswererUnavailableException.Reason.TIMEOUT);

        waitFor(() -> !fake.closedConnections().isEmpty());
        assertThat(fake.closedConnections()).containsExactly(FakeModelServer.Stage.GENERATING);
        assertThat(answerer.health()).containsEntry("generating", 0);
    }

    @Test
    void a_request_queued_at_the_model_is_cancelled_by_closing_its_connection_when_its_first_token_deadline_passes()
            throws Exception {
        // two allowed in flight, but the server serves one at a time: the second waits in the server's own queue
        fake.timings(Duration.ZERO, Duration.ofMillis(200), 2); // 4 tokens at 2/s: about 2.2 s a generation
        AdmittedAnswerer answerer = ready(ollama(settings(Duration.ofMillis(1500), Duration.ofSeconds(1), 2)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<AnswererUnavailableException.Reason> first = pool.submit(() -> reasonOf(() -> answerer.answer(context(), d -> { })));
        waitFor(() -> fake.requests("/api/chat").size() == 1);
        Future<AnswererUnavailableException.Reason> second = pool.submit(() -> reasonOf(() -> answerer.answer(context(), d -> { })));
        assertThat(first.get()).isNull();
        assertThat(second.get()).isEqualTo(AnswererUnavailableException.Reason.TIMEOUT);
        pool.shutdown();

        waitFor(() -> !fake.closedConnections().isEmpty());
        assertThat(fake.closedConnections()).containsExactly(FakeModelServer.Stage.QUEUED);
        assertThat(fake.evaluations()).isEqualTo(1);
    }

    @Test
    void a_request_given_up_on_during_prompt_evaluation_is_cancelled_before_its_first_token() throws Exception {
        fake.timings(Duration.ZERO, Duration.ofSeconds(2), 100);
        AdmittedAnswerer answerer = ready(ollama(settings(Duration.ofMillis(300), Duration.ofSeconds(1), 1)));

        assertThat(reasonOf(() -> answerer.answer(context(), d -> { }))).isEqualTo(AnswererUnavailableException.Reason.TIMEOUT);

        waitFor(() -> !fake.closedConnections().isEmpty());
        assertThat(fake.closedConnections()).containsExactly(FakeModelServer.Stage.EVALUATING);
        assertThat(fake.completed()).isZero();
    }

    // ---- citations required -----------------------------------------------------------------------------------------

    @Test
    void an_answer_that_cites_no_measure_is_asked_again_once_with_a_correction_and_then_falls_back_saying_so() {
        fake.answers("知识产权证券化", "发展得很好，", "成效显著。");
        ConversationService service = service(ready(ollama(settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))));
        List<String> resets = Collections.synchronizedList(new ArrayList<>());

        Answer answer = service.chat(Caller.cli(), null, QUESTION, new ChatListener() {
            @Override
            public void onReset(String reason) {
                resets.add(reason);
            }
        }).answer();

        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo("模型回答没有引用举措");
        assertThat(answer.text()).contains("93单").contains("[8]").doesNotContain("成效显著");
        assertThat(resets).containsExactly("模型回答没有引用举措，已请模型重新作答", "模型回答没有引用举措");
        List<FakeModelServer.Request> chats = fake.requests("/api/chat");
        assertThat(chats).hasSize(2);
        List<String> roles = new ArrayList<>();
        chats.get(1).body().get("messages").forEach(m -> roles.add(m.get("role").asText()));
        assertThat(roles).containsExactly("system", "user", "assistant", "user");
        assertThat(chats.get(1).body().at("/messages/2/content").asText()).isEqualTo("知识产权证券化发展得很好，成效显著。");
        assertThat(chats.get(1).body().at("/messages/3/content").asText()).contains("没有标注任何举措编号").contains("[17]");
    }

    @Test
    void a_count_is_answered_from_the_document_without_calling_the_model_and_says_so() {
        ConversationService service = service(ready(ollama(settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))));

        Answer answer = service.chat(Caller.cli(), null, "浦东新区一共有几条举措？", ChatListener.NONE).answer();

        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo("没有调用模型");
        assertThat(answer.text()).startsWith("共有11项");
        assertThat(fake.requests("/api/chat")).isEmpty();
    }
}
