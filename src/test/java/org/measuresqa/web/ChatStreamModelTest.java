package org.measuresqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.answer.AdmittedAnswerer;
import org.measuresqa.answer.ModelAnswerers;
import org.measuresqa.answer.Prompts;
import org.measuresqa.config.Config;
import org.measuresqa.conversation.ConversationService;
import org.measuresqa.conversation.ConversationStore;
import org.measuresqa.support.FakeModelServer;
import org.measuresqa.support.Http;
import org.measuresqa.support.TestIndex;

/** /api/chat/stream with a model that serves one question at a time: a question that has to wait is told its place. */
class ChatStreamModelTest {

    private FakeModelServer fake;
    private AdmittedAnswerer answerer;
    private ConversationStore store;
    private Javalin server;

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (answerer != null) answerer.close();
        if (store != null) store.close();
        if (fake != null) fake.close();
    }

    @Test
    void a_question_waiting_for_the_model_is_sent_its_place_in_line_before_its_answer() throws Exception {
        fake = FakeModelServer.start().timings(Duration.ZERO, Duration.ofMillis(1500), 50)
                .answers("截至2024年第三季度，", "已累计发行知识产权证券化产品93单", "[8]。");
        answerer = ModelAnswerers.ollama(new Config.Ollama(fake.ollamaUrl(), FakeModelServer.MODEL, false),
                new Config.Model(Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofSeconds(20), 1, Duration.ofMinutes(5),
                        Duration.ofSeconds(5)), Prompts.load(Path.of("prompts"))).start();
        answerer.readiness().awaitLoaded(Duration.ofSeconds(5));
        store = ConversationStore.open(Files.createTempDirectory("stream-model").resolve("c.db"));
        ConversationService answers = TestIndex.conversationService(java.util.Optional.of(answerer), store);
        server = new WebServer(TestIndex.retriever(), answers, TestIndex.corpus().measures(), 5, Map::of).create().start("127.0.0.1", 0);
        Http http = new Http(server.port());

        String body = "{\"message\": \"知识产权证券化发行了多少单？\"}";
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> http.post("/api/chat/stream", body));
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fake.requests("/api/chat").isEmpty() && System.nanoTime() < end) Thread.sleep(10); // the first is at the model
        HttpResponse<String> second = http.post("/api/chat/stream", body);

        List<String> events = second.body().lines().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7)).toList();
        assertThat(events).contains("queued");
        assertThat(events.indexOf("queued")).isLessThan(events.indexOf("delta"));
        assertThat(second.body()).contains("\"position\":1").contains("\"mode\":\"ollama\"");
        assertThat(first.get().body()).doesNotContain("event: queued").contains("\"mode\":\"ollama\"");
    }
}
