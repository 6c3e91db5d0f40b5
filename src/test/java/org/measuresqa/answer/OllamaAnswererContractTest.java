package org.measuresqa.answer;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.measuresqa.config.Config;
import org.measuresqa.support.FakeModelServer;

/**
 * The Ollama answerer as the application builds it, langchain4j's real client against a fake Ollama over HTTP, under
 * the contract. The fake answers every question with one sentence citing measure 8: where 8 was not retrieved, the
 * service must remove that citation and answer from the document.
 */
class OllamaAnswererContractTest extends AnswererContract {

    private FakeModelServer fake;
    private AdmittedAnswerer answerer;

    @BeforeEach
    void start() {
        fake = FakeModelServer.start().answers("截至2024年第三季度，", "已累计发行知识产权证券化产品93单", "[8]。");
        answerer = ModelAnswerers.ollama(new Config.Ollama(fake.ollamaUrl(), FakeModelServer.MODEL, false), settings(),
                Prompts.load(Path.of("prompts"))).start();
        answerer.readiness().awaitLoaded(Duration.ofSeconds(10));
    }

    static Config.Model settings() {
        return new Config.Model(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(20), 1, Duration.ofMinutes(5),
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        answerer.close();
        fake.close();
    }

    @Override
    protected java.util.Optional<Answerer> answerer() {
        return java.util.Optional.of(answerer);
    }
}
