package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.Caller;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.support.FakeModelServer;
import org.measuresqa.support.TestIndex;

/**
 * An OpenAI-compatible server as the answerer, through langchain4j's OpenAI client against a fake speaking that API
 * (server-sent events, Bearer key): the same prompts, streaming, deadlines, cancellation and verification as Ollama,
 * and a wrong key answered clearly without the key ever being shown.
 */
class OpenAiServingTest {

    private static final String KEY = "sk-test-0123456789";
    private static final String QUESTION = "知识产权证券化发行了多少单？";

    @TempDir
    Path dir;
    private FakeModelServer fake;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void startFake() {
        fake = FakeModelServer.start().requiresKey(KEY).answers("截至2024年第三季度，", "已累计发行知识产权证券化产品93单", "[8]。");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) c.close();
        fake.close();
    }

    private AdmittedAnswerer openAi(String key, Duration firstToken) {
        AdmittedAnswerer a = ModelAnswerers.openAi(new Config.OpenAi(fake.openAiUrl(), FakeModelServer.MODEL, key),
                new Config.Model(firstToken, Duration.ofSeconds(1), Duration.ofSeconds(20), 1, Duration.ofMinutes(5), Duration.ofSeconds(5)),
                Prompts.load(Path.of("prompts")));
        open.add(a);
        a.start().readiness().awaitLoaded(Duration.ofSeconds(10));
        return a;
    }

    private ConversationService service(Answerer answerer) {
        ConversationStore store = ConversationStore.open(dir.resolve("c" + open.size() + ".db"));
        open.add(store);
        return TestIndex.conversationService(java.util.Optional.of(answerer), store);
    }

    @Test
    void the_answer_streams_with_the_same_prompts_and_the_key_as_a_bearer_token_and_the_mode_is_openai() {
        List<String> deltas = new ArrayList<>();
        Answer answer = service(openAi(KEY, Duration.ofSeconds(3))).chat(Caller.cli(), null, QUESTION, new ChatListener() {
            @Override
            public void onDelta(String text) {
                deltas.add(text);
            }
        }).answer();

        assertThat(answer.mode()).isEqualTo("openai");
        assertThat(answer.fallbackReason()).isNull();
        assertThat(answer.text()).isEqualTo("截至2024年第三季度，已累计发行知识产权证券化产品93单[8]。");
        assertThat(deltas).containsExactly("截至2024年第三季度，", "已累计发行知识产权证券化产品93单", "[8]。");
        FakeModelServer.Request chat = fake.requests("/v1/chat/completions").get(0);
        assertThat(chat.header("authorization")).isEqualTo("Bearer " + KEY);
        assertThat(chat.body().get("model").asText()).isEqualTo(FakeModelServer.MODEL);
        assertThat(chat.body().get("stream").asBoolean()).isTrue();
        assertThat(chat.body().at("/messages/0/content").asText()).isEqualTo(Prompts.load(Path.of("prompts")).system());
        assertThat(chat.body().at("/messages/1/content").asText()).contains("[8] 打造知识产权证券化特色品牌", "用户问题：" + QUESTION);
        assertThat(fake.requests("/v1/models")).hasSize(1);
    }

    @Test
    void a_wrong_key_is_found_at_start_and_every_question_is_answered_extractively_saying_the_key_was_refused() {
        AdmittedAnswerer answerer = openAi("sk-wrong-key-987654", Duration.ofSeconds(3));

        assertThat(answerer.health()).containsEntry("ready", false).containsEntry("state", "down")
                .containsEntry("reason", "模型服务拒绝了访问密钥");
        Answer answer = service(answerer).chat(Caller.cli(), null, QUESTION, ChatListener.NONE).answer();

        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo("模型服务拒绝了访问密钥");
        assertThat(answer.text()).contains("93单").doesNotContain("sk-");
        assertThat(fake.requests("/v1/chat/completions")).isEmpty();
        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class, () -> answerer.answer(
                new AnswerContext(QUESTION, List.of(), TestIndex.retriever().retrieve(QUESTION, List.of(), 5)), d -> { }));
        assertThat(e.getMessage()).contains("OPENAI_API_KEY").doesNotContain("sk-wrong-key-987654");
    }

    @Test
    void a_key_refused_during_a_question_is_reported_as_refused_without_the_key() {
        AdmittedAnswerer answerer = openAi(KEY, Duration.ofSeconds(3));
        fake.requiresKey("sk-rotated-key-000"); // the key was revoked after start

        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class, () -> answerer.answer(
                new AnswerContext(QUESTION, List.of(), TestIndex.retriever().retrieve(QUESTION, List.of(), 5)), d -> { }));

        assertThat(e.reason()).isEqualTo(AnswererUnavailableException.Reason.REJECTED);
        assertThat(e.getMessage()).doesNotContain(KEY);
        assertThat(answerer.health()).containsEntry("state", "down");
    }

    @Test
    void a_request_given_up_on_during_prompt_evaluation_closes_its_connection() throws Exception {
        fake.timings(Duration.ZERO, Duration.ofSeconds(2), 100);
        AdmittedAnswerer answerer = openAi(KEY, Duration.ofMillis(300));

        AnswererUnavailableException e = catchThrowableOfType(AnswererUnavailableException.class, () -> answerer.answer(
                new AnswerContext(QUESTION, List.of(), TestIndex.retriever().retrieve(QUESTION, List.of(), 5)), d -> { }));

        assertThat(e.reason()).isEqualTo(AnswererUnavailableException.Reason.TIMEOUT);
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fake.closedConnections().isEmpty() && System.nanoTime() < end) Thread.sleep(20);
        assertThat(fake.closedConnections()).containsExactly(FakeModelServer.Stage.EVALUATING);
    }

    @Test
    void an_uncited_answer_is_asked_for_again_and_falls_back_the_same_way_as_with_ollama() {
        fake.answers("知识产权证券化", "成效显著。");

        Answer answer = service(openAi(KEY, Duration.ofSeconds(3))).chat(Caller.cli(), null, QUESTION, ChatListener.NONE).answer();

        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).isEqualTo("模型回答没有引用举措");
        assertThat(fake.requests("/v1/chat/completions")).hasSize(2);
    }
}
