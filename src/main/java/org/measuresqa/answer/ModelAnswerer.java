package org.measuresqa.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.measuresqa.corpus.Measure;
import org.measuresqa.retrieval.MeasureHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a model through langchain4j's streaming chat model: Ollama, or an OpenAI-compatible server, with the
 * same prompts. Every call has its own deadlines (first token, gap between tokens, whole answer): an Ollama error line
 * mid-stream makes langchain4j report nothing at all, so without them a broken stream would hang. A call given up on
 * is cancelled by closing its connection ({@link ModelCall}), so the model does not go on working for nobody.
 * Failures become {@link AnswererUnavailableException} with a sentence that says what to do.
 */
public final class ModelAnswerer implements Answerer {

    private static final Logger log = LoggerFactory.getLogger(ModelAnswerer.class);

    /** How long to wait for the first token, between tokens, and for the whole answer. */
    public record Deadlines(Duration firstToken, Duration betweenTokens, Duration total) {
        public Deadlines {
            Objects.requireNonNull(firstToken, "firstToken");
            Objects.requireNonNull(betweenTokens, "betweenTokens");
            Objects.requireNonNull(total, "total");
        }

        /** These deadlines less time already spent waiting (in a queue). */
        public Deadlines less(Duration spent) {
            return new Deadlines(firstToken.minus(spent), betweenTokens, total.minus(spent));
        }
    }

    private final StreamingChatModel model;
    private final ModelEndpoint endpoint;
    private final Prompts prompts;
    private final Deadlines deadlines;

    public ModelAnswerer(StreamingChatModel model, ModelEndpoint endpoint, Prompts prompts, Deadlines deadlines) {
        this.model = Objects.requireNonNull(model, "model");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    public String mode() {
        return endpoint.kind().mode();
    }

    public ModelEndpoint endpoint() {
        return endpoint;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    private sealed interface Event permits Delta, Done, Failure {
    }

    private record Delta(String text) implements Event {
    }

    private record Done(ChatResponse response) implements Event {
    }

    private record Failure(Throwable error) implements Event {
    }

    @Override
    public String answer(AnswerContext context, Consumer<String> onDelta) {
        return answer(context, onDelta, deadlines);
    }

    /** Answers within {@code limits} instead of the configured deadlines. */
    public String answer(AnswerContext context, Consumer<String> onDelta, Deadlines limits) {
        ChatRequest request = ChatRequest.builder().messages(messages(context)).build();
        log.trace("Model prompt: {}", request.messages());
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        boolean finished = false;
        ModelCall call = ModelCall.open();
        try (call) {
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (abandoned.get()) context.streamingHandle().cancel();
                    else events.add(new Delta(partial.text()));
                }

                @Override
                public void onPartialResponse(String partial) {
                    if (!abandoned.get()) events.add(new Delta(partial));
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    if (!abandoned.get()) events.add(new Done(response));
                }

                @Override
                public void onError(Throwable error) {
                    if (!abandoned.get()) events.add(new Failure(error));
                }
            });
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        StringBuilder text = new StringBuilder();
        long end = System.nanoTime() + limits.total().toNanos();
        try {
            while (true) {
                Duration wait = text.isEmpty() ? limits.firstToken() : limits.betweenTokens();
                long untilEnd = end - System.nanoTime();
                boolean totalBinds = untilEnd < wait.toNanos();
                long remaining = Math.min(wait.toNanos(), untilEnd);
                Event e = remaining <= 0 ? null : events.poll(remaining, TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AnswererUnavailableException(AnswererUnavailableException.Reason.TIMEOUT, endpoint.describe() + " "
                            + (totalBinds ? "did not finish its answer within " + seconds(limits.total())
                            : text.isEmpty() ? "sent nothing within " + seconds(limits.firstToken())
                            : "stopped sending mid-answer for " + seconds(limits.betweenTokens())) + "; is it overloaded?");
                }
                if (e instanceof Delta d) {
                    text.append(d.text());
                    onDelta.accept(d.text());
                } else if (e instanceof Done d) {
                    if (text.isEmpty() && d.response().aiMessage() != null && d.response().aiMessage().text() != null) {
                        text.append(d.response().aiMessage().text());
                        onDelta.accept(d.response().aiMessage().text());
                    }
                    if (text.isEmpty()) {
                        throw new AnswererUnavailableException(AnswererUnavailableException.Reason.EMPTY,
                                endpoint.describe() + " returned an empty answer");
                    }
                    finished = true;
                    return text.toString();
                } else if (e instanceof Failure f) {
                    throw unavailable(f.error());
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.BROKEN,
                    "interrupted while waiting for " + endpoint.describe(), ie);
        } finally {
            abandoned.set(true);
            // close the connection of a generation we no longer wait for, queued or running, so the model stops it
            if (!finished) call.cancel();
        }
    }

    /** System prompt, the measures and the question; on a second try also the uncited answer and the correction. */
    List<ChatMessage> messages(AnswerContext context) {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(prompts.system()), UserMessage.from(userPrompt(context))));
        if (context.uncited() != null) {
            messages.add(AiMessage.from(context.uncited()));
            messages.add(UserMessage.from(prompts.correction().strip()));
        }
        return messages;
    }

    String userPrompt(AnswerContext context) {
        String measures = context.retrieval().measures().stream().map(MeasureHit::measure).map(ModelAnswerer::describe)
                .collect(Collectors.joining("\n\n"));
        String followUp = context.history().isEmpty() || !context.retrieval().query().followUp() ? ""
                : "\n" + Prompts.fill(prompts.followUp(), Map.of("history", context.history().stream()
                .map(h -> "- " + h).collect(Collectors.joining("\n")))) + "\n";
        return Prompts.fill(prompts.answer(), Map.of("measures", measures, "question", context.question(), "followup", followUp));
    }

    private static String describe(Measure m) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(m.number()).append("] ").append(m.name()).append("（来源：").append(m.source())
                .append("；类别：").append(m.category()).append("；推广范围：").append(m.scope()).append("）\n创新做法：");
        for (int i = 0; i < m.practices().size(); i++) sb.append('(').append(i + 1).append(')').append(m.practices().get(i));
        sb.append("\n实施效果：").append(m.results());
        return sb.toString();
    }

    /** The failure as a reason and one plain sentence for the log, found by walking the cause chain. */
    AnswererUnavailableException unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new AnswererUnavailableException(AnswererUnavailableException.Reason.NOT_RUNNING,
                        endpoint.describe() + " refused the connection; " + endpoint.whenRefused(), error);
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new AnswererUnavailableException(AnswererUnavailableException.Reason.TIMEOUT,
                        endpoint.describe() + " timed out", error);
            }
            if (t instanceof ModelNotFoundException) {
                return new AnswererUnavailableException(AnswererUnavailableException.Reason.MODEL_MISSING,
                        endpoint.describe() + " has no such model; " + endpoint.whenMissing(), error);
            }
            if (t instanceof AuthenticationException || t instanceof HttpException h && (h.statusCode() == 401 || h.statusCode() == 403)) {
                // the upstream message may quote the key: it stays out of the log too
                return new AnswererUnavailableException(AnswererUnavailableException.Reason.REJECTED,
                        endpoint.describe() + " rejected the API key; check OPENAI_API_KEY", null);
            }
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new AnswererUnavailableException(AnswererUnavailableException.Reason.BROKEN,
                endpoint.describe() + " failed: " + message, error);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
