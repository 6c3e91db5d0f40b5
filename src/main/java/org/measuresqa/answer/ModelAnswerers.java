package org.measuresqa.answer;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import org.measuresqa.config.Config;

/**
 * Builds the model answerer for each provider the same way: langchain4j's streaming client over a cancellable HTTP
 * client, the configured deadlines, a background load with its keep-alive, and admission in front.
 */
public final class ModelAnswerers {

    private static final Duration CONNECT = Duration.ofSeconds(5);

    private ModelAnswerers() {
    }

    /** Ollama: every request, the warm-up included, carries the keep-alive, so the model stays loaded between questions. */
    public static AdmittedAnswerer ollama(Config.Ollama ollama, Config.Model settings, Prompts prompts) {
        ModelEndpoint endpoint = new ModelEndpoint(ModelEndpoint.Kind.OLLAMA, ollama.baseUrl(), ollama.model());
        StreamingChatModel model = OllamaStreamingChatModel.builder()
                .baseUrl(ollama.baseUrl()).modelName(ollama.model()).temperature(0.1)
                .defaultRequestParameters(OllamaChatRequestParameters.builder().keepAlive(settings.keepAliveSeconds()).build())
                .httpClientBuilder(AbortableHttpClient.langchain4j(CONNECT, settings.total()))
                .timeout(settings.total()).logRequests(ollama.logRequests()).logResponses(ollama.logRequests()).build();
        return admitted(new ModelAnswerer(model, endpoint, prompts, deadlines(settings)), settings,
                WarmUp.ollama(endpoint, settings.keepAliveSeconds(), settings.loadTimeout()), settings.keepAlive());
    }

    /** An OpenAI-compatible server. Its requests are never logged: they carry the key. */
    public static AdmittedAnswerer openAi(Config.OpenAi openAi, Config.Model settings, Prompts prompts) {
        ModelEndpoint endpoint = new ModelEndpoint(ModelEndpoint.Kind.OPENAI, openAi.baseUrl(), openAi.model());
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                .baseUrl(openAi.baseUrl()).modelName(openAi.model()).temperature(0.1)
                .httpClientBuilder(AbortableHttpClient.langchain4j(CONNECT, settings.total()))
                .timeout(settings.total()).logRequests(false).logResponses(false);
        if (openAi.apiKey() != null) builder.apiKey(openAi.apiKey());
        // the server keeps its model loaded: no keep-alive to renew
        return admitted(new ModelAnswerer(builder.build(), endpoint, prompts, deadlines(settings)), settings,
                WarmUp.openAi(endpoint, openAi.apiKey(), settings.loadTimeout()), Duration.ofSeconds(-1));
    }

    private static ModelAnswerer.Deadlines deadlines(Config.Model settings) {
        return new ModelAnswerer.Deadlines(settings.firstToken(), settings.betweenTokens(), settings.total());
    }

    private static AdmittedAnswerer admitted(ModelAnswerer model, Config.Model settings, ModelReadiness.Loader loader,
                                             Duration keepAlive) {
        ModelReadiness readiness = new ModelReadiness(loader, keepAlive, model.endpoint().describe());
        return new AdmittedAnswerer(model, readiness, new ModelAdmission(settings.maxConcurrency(), settings.firstToken()));
    }
}
