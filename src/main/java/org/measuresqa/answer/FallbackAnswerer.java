package org.measuresqa.answer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.measuresqa.observe.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model, then the extractive answerer: a question the model cannot answer now (loading, busy, slow, down) is
 * answered from the document, with the reason; text the model had already streamed is taken back first. Without a
 * model it is the extractive answerer alone. A declined question never reaches the model, nor does a count or an exact
 * set, which the document's list answers completely (没有调用模型).
 */
public final class FallbackAnswerer {

    private static final Logger log = LoggerFactory.getLogger(FallbackAnswerer.class);

    private final Optional<Answerer> model;
    private final ExtractiveAnswerer extractive;

    public FallbackAnswerer(Optional<Answerer> model, ExtractiveAnswerer extractive) {
        this.model = Objects.requireNonNull(model, "model");
        this.extractive = Objects.requireNonNull(extractive, "extractive");
    }

    /** Which answerer serves when nothing fails. */
    public String mode() {
        return model.map(Answerer::mode).orElse(extractive.mode());
    }

    /** The model's draft, or the document's with the reason the model did not write it. */
    Draft draft(AnswerContext context, ChatListener listener) {
        if (model.isEmpty() || context.retrieval().abstain()) return extractive(context, listener, null);
        if (ExtractiveAnswerer.answersExactly(context.retrieval())) {
            return extractive(context, listener, AnswererUnavailableException.Reason.BYPASSED);
        }
        Answerer m = model.get();
        boolean[] sent = {false};
        long started = System.nanoTime();
        try {
            String text = m.answer(context, delta -> {
                sent[0] = true;
                listener.onDelta(delta);
            }, listener::onQueued);
            Telemetry.modelCall("ok", Duration.ofNanos(System.nanoTime() - started));
            return new Draft(text, m.mode(), null);
        } catch (AnswererUnavailableException e) {
            Telemetry.modelCall(e.reason().code(), Duration.ofNanos(System.nanoTime() - started));
            // users are told the reason in plain words; the address and upstream message stay in the log
            log.warn("Answering extractively: {}", e.getMessage());
            if (sent[0]) listener.onReset(e.reason().wording());
            return extractive(context, listener, e.reason());
        }
    }

    /** The document's draft; {@code reason} says why the model did not write it (null: no model was to). */
    Draft extractive(AnswerContext context, ChatListener listener, AnswererUnavailableException.Reason reason) {
        return new Draft(extractive.answer(context, listener::onDelta), extractive.mode(), model.isPresent() ? reason : null);
    }
}
