package org.measuresqa.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The model answerer under the same contract, with an in-process model that misbehaves on purpose: besides a correct
 * sentence it cites a measure it was not given and a 40th measure. The service must still cite only what was retrieved.
 */
class ScriptedModelAnswererContractTest extends AnswererContract {

    static final class ScriptedModel implements StreamingChatModel {
        @Override
        public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
            String text = "截至2024年第三季度，已累计发行知识产权证券化产品93单[8]。另外深圳碳足迹认证发放230余张证书[29]。第40项举措也有类似做法[8]。";
            for (int i = 0; i < text.length(); i += 7) handler.onPartialResponse(text.substring(i, Math.min(text.length(), i + 7)));
            handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(text)).build());
        }
    }

    @Override
    protected java.util.Optional<Answerer> answerer() {
        return java.util.Optional.of(new ModelAnswerer(new ScriptedModel(), new ModelEndpoint(ModelEndpoint.Kind.OLLAMA, "http://scripted", "scripted"),
                Prompts.load(Path.of("prompts")), new ModelAnswerer.Deadlines(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))));
    }
}
