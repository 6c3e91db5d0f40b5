package org.measuresqa.answer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The model, asked only when it is loaded ({@link ModelReadiness}) and has room ({@link ModelAdmission}); the time a
 * question spent in line counts against its first-token and total deadlines. Each call's timings feed the admission's
 * estimates, and its failures tell readiness when the model seems unloaded or down.
 */
public final class AdmittedAnswerer implements Answerer, AutoCloseable {

    private final ModelAnswerer model;
    private final ModelReadiness readiness;
    private final ModelAdmission admission;

    public AdmittedAnswerer(ModelAnswerer model, ModelReadiness readiness, ModelAdmission admission) {
        this.model = Objects.requireNonNull(model, "model");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.admission = Objects.requireNonNull(admission, "admission");
    }

    /** Starts loading the model in the background; returns at once. */
    public AdmittedAnswerer start() {
        readiness.start();
        return this;
    }

    public ModelReadiness readiness() {
        return readiness;
    }

    @Override
    public String mode() {
        return model.mode();
    }

    @Override
    public void close() {
        readiness.close();
    }

    @Override
    public String answer(AnswerContext context, Consumer<String> onDelta) {
        return answer(context, onDelta, position -> { });
    }

    @Override
    public String answer(AnswerContext context, Consumer<String> onDelta, IntConsumer onQueued) {
        readiness.require();
        ModelAdmission.Permit permit = admission.admit(onQueued);
        ModelAnswerer.Deadlines left = model.deadlines().less(permit.waited());
        if (left.firstToken().compareTo(admission.expectedFirstToken()) < 0) {
            // not worth sending: the first token would most likely come after the deadline
            permit.release(null, null);
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.BUSY,
                    "the wait in line left too little time for a first token");
        }
        long sent = System.nanoTime();
        long[] first = {0};
        try {
            String text = model.answer(context, delta -> {
                if (first[0] == 0) first[0] = System.nanoTime();
                onDelta.accept(delta);
            }, left);
            readiness.used();
            return text;
        } catch (AnswererUnavailableException e) {
            readiness.failed(e, first[0] == 0);
            throw e;
        } finally {
            permit.release(first[0] == 0 ? null : Duration.ofNanos(first[0] - sent), Duration.ofNanos(System.nanoTime() - sent));
        }
    }

    /** For {@code /health}. */
    public Map<String, Object> health() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("mode", model.mode());
        h.put("model", model.endpoint().model());
        h.putAll(readiness.health());
        h.putAll(admission.health());
        return h;
    }
}
