package org.measuresqa.answer;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.measuresqa.config.Config;
import org.measuresqa.support.FakeModelServer;

/** The same contract for an OpenAI-compatible server: langchain4j's OpenAI client against a fake speaking that API. */
class OpenAiAnswererContractTest extends AnswererContract {

    private FakeModelServer fake;
    private AdmittedAnswerer answerer;

    @BeforeEach
    void start() {
        fake = FakeModelServer.start().requiresKey("sk-test-0123456789")
                .answers("截至2024年第三季度，", "已累计发行知识产权证券化产品93单", "[8]。");
        answerer = ModelAnswerers.openAi(new Config.OpenAi(fake.openAiUrl(), FakeModelServer.MODEL, "sk-test-0123456789"),
                OllamaAnswererContractTest.settings(), Prompts.load(Path.of("prompts"))).start();
        answerer.readiness().awaitLoaded(Duration.ofSeconds(10));
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
