package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.retrieval.MeasureHit;
import org.measuresqa.retrieval.RetrievalResult;
import org.measuresqa.support.FakeOllama;
import org.measuresqa.support.TestIndex;

/**
 * The Ollama answerer with langchain4j's real streaming client, built as the application builds it, against a real
 * HTTP server speaking Ollama's NDJSON protocol ({@link FakeOllama}): streaming, the prompt sent, each way Ollama
 * fails (missing model, nothing listening, too slow, broken mid-stream) and the fallback to the extractive answer,
 * and citation verification of what the model writes.
 */
class ModelAnswererOllamaTest {

    private static final String MODEL = "qwen2.5:7b-instruct";
    private static final String QUESTION = "知识产权证券化发行了多少单？";
    private static final String CORRECT = "截至2024年第三季度，已累计发行知识产权证券化产品93单[8]。";
    private static final Duration FIRST_TOKEN = Duration.ofMillis(800);

    private static RetrievalResult retrieval;
    private static List<Integer> retrieved;

    @TempDir
    Path tempDir;
    private FakeOllama fake;
    private final List<ConversationStore> stores = new ArrayList<>();

    @BeforeAll
    static void retrieve() {
        retrieval = TestIndex.retriever().retrieve(QUESTION, List.of(), 5);
        retrieved = TestIndex.numbers(retrieval);
        assertThat(retrieved).first().isEqualTo(8);
        assertThat(retrieval.abstain()).isFalse();
    }

    @BeforeEach
    void startFake() {
        fake = FakeOllama.start();
    }

    @AfterEach
    void stopFake() {
        stores.forEach(ConversationStore::close);
        fake.close();
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
                .extracting(Thread::getName).noneMatch(n -> n.startsWith(FakeOllama.THREAD_PREFIX));
    }

    // ---- set-up as the application does it ------------------------------------------------------------------------

    private static ModelAnswerer answerer(String baseUrl) {
        StreamingChatModel model = (StreamingChatModel) OllamaStreamingChatModel.builder()
                .baseUrl(baseUrl).modelName(MODEL).temperature(0.1).timeout(Duration.ofSeconds(30)).build();
        return new ModelAnswerer(model, new ModelEndpoint(ModelEndpoint.Kind.OLLAMA, baseUrl, MODEL), Prompts.load(Path.of("prompts")),
                new ModelAnswerer.Deadlines(FIRST_TOKEN, FIRST_TOKEN, Duration.ofSeconds(10)));
    }

    private ConversationService service(String baseUrl) {
        ConversationStore store = ConversationStore.open(tempDir.resolve("c.db"));
        stores.add(store);
        return TestIndex.conversationService(java.util.Optional.of(answerer(baseUrl)), store);
    }

    private static AnswerContext context() {
        return new AnswerContext(QUESTION, List.of(), retrieval);
    }

    /** Everything a chat listener hears, in order: "delta:…", "reset:…". */
    private static final class Recorder implements ChatListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> deltas = Collections.synchronizedList(new ArrayList<>());
        final List<String> resets = Collections.synchronizedList(new ArrayList<>());
        volatile RetrievalResult retrieved;

        @Override
        public void onRetrieved(RetrievalResult r) {
            retrieved = r;
            events.add("retrieved");
        }

        @Override
        public void onDelta(String text) {
            deltas.add(text);
            events.add("delta:" + text);
        }

        @Override
        public void onReset(String reason) {
            resets.add(reason);
            events.add("reset:" + reason);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String measureName(int number) {
        return TestIndex.corpus().measures().stream().filter(m -> m.number() == number).findFirst().orElseThrow().name();
    }

    // ---- 1. a normal stream -----------------------------------------------------------------------------------------

    @Test
    void streamed_pieces_arrive_in_order_and_the_answer_is_their_concatenation() {
        fake.streams("截至2024年第三季度，", "已累计发行知识产权证券化产品", "93单", "[8]。");
        List<String> deltas = new ArrayList<>();

        String text = answerer(fake.baseUrl()).answer(context(), deltas::add);

        assertThat(deltas).containsExactly("截至2024年第三季度，", "已累计发行知识产权证券化产品", "93单", "[8]。");
        assertThat(text).isEqualTo(CORRECT);
        assertThat(fake.chatRequests()).hasSize(1);
    }

    @Test
    void the_request_names_the_model_and_sends_the_system_prompt_first_then_the_measures_and_the_question() {
        fake.streams(CORRECT);
        answerer(fake.baseUrl()).answer(context(), d -> { });

        FakeOllama.Request request = fake.chatRequests().get(0);
        JsonNode body = request.body();
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.at("/options/temperature").asDouble()).isEqualTo(0.1);
        List<JsonNode> messages = request.messages();
        assertThat(messages).extracting(m -> m.get("role").asText()).containsExactly("system", "user");
        assertThat(messages.get(0).get("content").asText()).isEqualTo(Prompts.load(Path.of("prompts")).system());
        String user = messages.get(1).get("content").asText();
        assertThat(user).contains("[8] 打造知识产权证券化特色品牌", "用户问题：" + QUESTION);
        for (MeasureHit hit : retrieval.measures()) {
            assertThat(user).contains("[" + hit.measure().number() + "] " + hit.measure().name());
        }
        int notRetrieved = TestIndex.corpus().measures().stream().map(m -> m.number())
                .filter(n -> !retrieved.contains(n)).findFirst().orElseThrow();
        assertThat(user).doesNotContain("[" + notRetrieved + "] " + measureName(notRetrieved));
        assertThat(user).doesNotContain("{{"); // every placeholder filled
    }

    @Test
    void through_the_service_a_correct_citation_survives_and_the_mode_is_ollama() {
        fake.streams("截至2024年第三季度，", "已累计发行知识产权证券化产品93单", "[8]。");
        Recorder listener = new Recorder();

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, listener).answer();

        assertThat(answer.mode()).isEqualTo("ollama");
        assertThat(answer.fallbackReason()).isNull();
        assertThat(answer.abstain()).isFalse();
        assertThat(answer.text()).isEqualTo(CORRECT);
        assertThat(answer.unverified()).isEmpty();
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(8);
            assertThat(c.name()).isEqualTo("打造知识产权证券化特色品牌");
            assertThat(c.quote()).contains("93");
        });
        assertThat(listener.events).containsExactly("retrieved",
                "delta:截至2024年第三季度，", "delta:已累计发行知识产权证券化产品93单", "delta:[8]。");
    }

    @Test
    void an_answer_with_no_text_at_all_is_treated_as_unavailable() {
        fake.streams();

        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class,
                () -> answerer(fake.baseUrl()).answer(context(), d -> { }));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(fake.baseUrl()).contains("empty answer");
    }

    // ---- 2. the model is missing ------------------------------------------------------------------------------------

    @Test
    void a_missing_model_raises_unavailable_with_the_pull_command() {
        fake.modelMissing();

        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class,
                () -> answerer(fake.baseUrl()).answer(context(), d -> { }));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("ollama pull qwen2.5:7b-instruct").contains(fake.baseUrl());
    }

    @Test
    void a_missing_model_makes_the_service_answer_extractively_with_the_reason() {
        fake.modelMissing();
        Recorder listener = new Recorder();

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, listener).answer();

        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo(AnswererUnavailableException.Reason.MODEL_MISSING.wording());
        assertThat(answer.text()).contains("93单").contains("[8]");
        assertThat(answer.citations()).extracting(Citation::number).contains(8);
        assertThat(listener.resets).isEmpty(); // nothing had been sent, so nothing to take back
        assertThat(fake.chatRequests()).hasSize(1);
    }

    // ---- 3. nothing listens -----------------------------------------------------------------------------------------

    @Test
    void a_refused_connection_raises_unavailable_saying_so() throws IOException {
        String baseUrl = "http://127.0.0.1:" + unusedPort();

        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class,
                () -> answerer(baseUrl).answer(context(), d -> { }));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(baseUrl).contains("refused the connection");
    }

    @Test
    void a_refused_connection_makes_the_service_fall_back_within_five_seconds() throws IOException {
        String baseUrl = "http://127.0.0.1:" + unusedPort();
        ConversationService service = service(baseUrl);

        long start = System.nanoTime();
        Answer answer = service.chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, new Recorder()).answer();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
        assertThat(answer.mode()).isEqualTo("extractive");
        // users are told why in plain words; the address and the upstream message stay in the log
        assertThat(answer.fallbackReason()).isEqualTo(AnswererUnavailableException.Reason.NOT_RUNNING.wording())
                .doesNotContain("http", "127.0.0.1", "localhost");
        assertThat(answer.text()).contains("93单");
    }

    // ---- 4. too slow ------------------------------------------------------------------------------------------------

    @Test
    void a_model_that_sends_nothing_before_the_first_token_deadline_is_given_up_on() {
        fake.slow(Duration.ofSeconds(3), CORRECT);
        List<String> deltas = new ArrayList<>();

        long start = System.nanoTime();
        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class,
                () -> answerer(fake.baseUrl()).answer(context(), deltas::add));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("sent nothing within 800 ms");
        assertThat(elapsed).isGreaterThanOrEqualTo(FIRST_TOKEN).isLessThan(Duration.ofMillis(2500));
        assertThat(deltas).isEmpty();
    }

    @Test
    void a_slow_model_makes_the_service_fall_back_well_before_it_would_have_answered() {
        fake.slow(Duration.ofSeconds(3), CORRECT);
        ConversationService service = service(fake.baseUrl());
        Recorder listener = new Recorder();

        long start = System.nanoTime();
        Answer answer = service.chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, listener).answer();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(Duration.ofMillis(2500));
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo(AnswererUnavailableException.Reason.TIMEOUT.wording());
        assertThat(answer.text()).contains("93单");
        assertThat(listener.resets).isEmpty();
    }

    // ---- 5. broken mid-stream ---------------------------------------------------------------------------------------

    @Test
    void an_error_line_mid_stream_ends_the_answer_at_the_gap_deadline() {
        fake.failsMidStream("根据材料，", "深圳已累计发行");
        List<String> deltas = new ArrayList<>();

        long start = System.nanoTime();
        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class,
                () -> answerer(fake.baseUrl()).answer(context(), deltas::add));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e).isNotNull();
        // langchain4j reports nothing for Ollama's error line: the gap deadline is what ends the wait
        assertThat(e.getMessage()).contains(fake.baseUrl()).contains("stopped sending mid-answer for 800 ms");
        assertThat(deltas).containsExactly("根据材料，", "深圳已累计发行");
        assertThat(elapsed).isGreaterThanOrEqualTo(FIRST_TOKEN).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_error_mid_stream_resets_the_listener_and_the_answer_is_the_extractive_one() {
        fake.failsMidStream("根据材料，", "深圳已累计发行");
        Recorder listener = new Recorder();

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, listener).answer();

        assertThat(listener.resets).singleElement().asString().isNotBlank().isEqualTo(answer.fallbackReason());
        int reset = listener.events.indexOf("reset:" + answer.fallbackReason());
        assertThat(listener.events.subList(0, reset)).containsExactly("retrieved", "delta:根据材料，", "delta:深圳已累计发行");
        assertThat(listener.events.subList(reset + 1, listener.events.size())).isNotEmpty()
                .allMatch(ev -> ev.startsWith("delta:"));
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.text()).doesNotContain("根据材料，深圳已累计发行").contains("93单");
        assertThat(String.join("", listener.deltas.subList(2, listener.deltas.size())).strip())
                .isEqualTo(new ExtractiveAnswerer().compose(context()));
    }

    // ---- 6–8. citation verification of what the model writes --------------------------------------------------------

    @Test
    void a_citation_of_a_measure_that_was_not_retrieved_is_removed_and_listed() {
        assertThat(retrieved).doesNotContain(29);
        fake.streams(CORRECT, "深圳的碳足迹认证已发放230余张证书[29]。");

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, new Recorder()).answer();

        assertThat(answer.mode()).isEqualTo("ollama");
        // a sentence that rests only on an unretrieved measure is not shown at all
        assertThat(answer.text()).isEqualTo(CORRECT).doesNotContain("[29]").doesNotContain("碳足迹");
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(8);
        assertThat(answer.unverified()).singleElement().satisfies(u -> {
            assertThat(u.number()).isEqualTo(29);
            assertThat(u.reason()).isNotBlank().contains("29");
            assertThat(u.sentence()).contains("碳足迹");
        });
    }

    @Test
    void an_invented_figure_is_not_shown_and_an_answer_left_empty_falls_back_to_the_document() {
        fake.streams("已累计发行知识产权证券化产品95单[8]。");

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, new Recorder()).answer();

        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo(AnswererUnavailableException.Reason.UNSUPPORTED.wording());
        assertThat(answer.text()).doesNotContain("95单").contains("93单").contains("[8]");
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(8);
        assertThat(answer.unverified()).singleElement().satisfies(u -> {
            assertThat(u.number()).isEqualTo(8);
            assertThat(u.reason()).contains("95");
        });
    }

    @Test
    void a_sentence_about_a_measure_the_document_does_not_have_is_removed_and_listed() {
        fake.streams(CORRECT, "第40项举措要求……[8]。");

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, QUESTION, new Recorder()).answer();

        assertThat(answer.mode()).isEqualTo("ollama");
        assertThat(answer.text()).isEqualTo(CORRECT).doesNotContain("第40项");
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(8);
        assertThat(answer.unverified()).singleElement().satisfies(u -> {
            assertThat(u.number()).isEqualTo(40);
            assertThat(u.sentence()).contains("第40项举措要求");
            assertThat(u.reason()).contains("40");
        });
    }

    // ---- 9. a declined question -------------------------------------------------------------------------------------

    @Test
    void a_declined_question_is_answered_without_calling_the_model() {
        fake.streams("第33项是……[8]。");

        Answer answer = service(fake.baseUrl()).chat(org.measuresqa.conversation.Caller.cli(), null, "第33项是什么内容？", new Recorder()).answer();

        assertThat(answer.abstain()).isTrue();
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isNull();
        assertThat(answer.text()).contains("没有第33项");
        assertThat(fake.chatRequests()).isEmpty();
    }

    // ---- 10. the start-up status check ------------------------------------------------------------------------------

    @Test
    void status_is_fine_when_the_model_is_listed() {
        fake.lists("llama3.2:1b", MODEL);

        assertThat(OllamaStatus.problem(fake.baseUrl(), MODEL, Duration.ofSeconds(2))).isNull();
        assertThat(fake.requests()).extracting(FakeOllama.Request::path).containsExactly("/api/tags");
    }

    @Test
    void status_accepts_a_model_named_without_its_latest_tag() {
        fake.lists("qwen2.5:latest");

        assertThat(OllamaStatus.problem(fake.baseUrl(), "qwen2.5", Duration.ofSeconds(2))).isNull();
    }

    @Test
    void status_names_the_pull_command_when_the_model_is_absent() {
        fake.lists("llama3.2:1b");

        String problem = OllamaStatus.problem(fake.baseUrl(), MODEL, Duration.ofSeconds(2));

        assertThat(problem).contains("ollama pull " + MODEL).contains("llama3.2:1b").contains(fake.baseUrl());
    }

    @Test
    void status_says_none_when_no_model_at_all_is_listed() {
        fake.lists();

        assertThat(OllamaStatus.problem(fake.baseUrl(), MODEL, Duration.ofSeconds(2))).contains("ollama pull " + MODEL).contains("none");
    }

    @Test
    void status_names_the_base_url_when_nothing_listens() throws IOException {
        String baseUrl = "http://127.0.0.1:" + unusedPort();

        String problem = OllamaStatus.problem(baseUrl, MODEL, Duration.ofSeconds(2));

        assertThat(problem).contains(baseUrl).contains("ollama serve");
    }
}
