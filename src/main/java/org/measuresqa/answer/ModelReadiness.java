package org.measuresqa.answer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the model is loaded and may be asked. It is loaded in the background at start, and again whenever it is found
 * unloaded: idle longer than its keep-alive, or silent past a first-token deadline. Until it is ready, questions are
 * answered extractively ("模型加载中"): nobody waits on a load. A server found down is tried again, in the background,
 * at most every {@link #RETRY}.
 */
public final class ModelReadiness implements AutoCloseable {

    /** Where the model is. */
    public enum State { LOADING, READY, DOWN }

    /** Loads the model (or checks the server) and returns when it can answer. */
    @FunctionalInterface
    public interface Loader {
        /** @throws AnswererUnavailableException when the server or the model cannot be had */
        void load();
    }

    static final Duration RETRY = Duration.ofSeconds(10);
    /** Treat the model as unloaded a little before the server drops it, so no question meets a cold load. */
    private static final Duration MARGIN = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ModelReadiness.class);

    private final Loader loader;
    private final Duration keepAlive;
    private final String what;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "model-warm-up");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile State state = State.LOADING;
    private volatile AnswererUnavailableException failure;
    private volatile long lastUse;
    private volatile long lastAttempt;
    private volatile int loads;
    private volatile boolean closed;

    /**
     * @param keepAlive how long the server keeps the model after its last use; negative: for ever
     * @param what      the server and model, for the log
     */
    public ModelReadiness(Loader loader, Duration keepAlive, String what) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive");
        this.what = Objects.requireNonNull(what, "what");
    }

    /** Starts loading in the background; returns at once. */
    public ModelReadiness start() {
        warm("start");
        return this;
    }

    public State state() {
        if (state == State.READY && idleTooLong()) return State.LOADING;
        return state;
    }

    /**
     * Returns when the model may be asked now; otherwise starts a load if none is under way and throws.
     *
     * @throws AnswererUnavailableException LOADING while it loads, or the reason it is down
     */
    public void require() {
        if (state == State.READY && idleTooLong()) {
            state = State.LOADING;
            warm("idle longer than its keep-alive of " + keepAlive.toSeconds() + " s");
        }
        if (state == State.READY) return;
        if (state == State.DOWN && System.nanoTime() - lastAttempt > RETRY.toNanos()) warm("found down earlier");
        if (state == State.LOADING || failure == null) {
            throw new AnswererUnavailableException(AnswererUnavailableException.Reason.LOADING, what + " is loading the model");
        }
        throw new AnswererUnavailableException(failure.reason(), failure.getMessage());
    }

    /** Waits until a load under way has ended, at most {@code limit}: for one-off questions from the command line. */
    public void awaitLoaded(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (state == State.LOADING && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The model answered: it stays loaded for another keep-alive. */
    public void used() {
        lastUse = System.nanoTime();
    }

    /**
     * A call failed. A server that refuses or lacks the model is down; one that sent nothing before the deadline may
     * have unloaded the model, so it is loaded again (at once, if it was only busy).
     */
    public void failed(AnswererUnavailableException e, boolean beforeFirstToken) {
        switch (e.reason()) {
            case NOT_RUNNING, MODEL_MISSING, REJECTED -> {
                failure = e;
                state = State.DOWN;
                lastAttempt = System.nanoTime();
            }
            case TIMEOUT -> {
                if (beforeFirstToken) {
                    state = State.LOADING;
                    warm("silent past the first-token deadline");
                }
            }
            default -> {
            }
        }
    }

    /** For {@code /health}: the state, and why when down. */
    public Map<String, Object> health() {
        Map<String, Object> h = new LinkedHashMap<>();
        State s = state();
        h.put("ready", s == State.READY);
        h.put("state", s.name().toLowerCase(java.util.Locale.ROOT));
        if (s == State.DOWN && failure != null) h.put("reason", failure.reason().wording());
        h.put("loads", loads);
        return h;
    }

    private boolean idleTooLong() {
        if (keepAlive.isNegative()) return false;
        return System.nanoTime() - lastUse > keepAlive.minus(MARGIN).toNanos();
    }

    private void warm(String why) {
        if (!loading.compareAndSet(false, true)) return;
        lastAttempt = System.nanoTime();
        if (state != State.DOWN) state = State.LOADING;
        log.info("Loading the model of {} in the background ({})", what, why);
        background.execute(() -> {
            long started = System.nanoTime();
            try {
                loader.load();
                lastUse = System.nanoTime();
                loads++;
                failure = null;
                state = State.READY;
                log.info("{} is ready; loaded in {} ms", what, (System.nanoTime() - started) / 1_000_000);
            } catch (AnswererUnavailableException e) {
                failure = e;
                state = State.DOWN;
                if (!closed) log.warn("The model could not be loaded: {}; answering extractively, trying again on a question after {} s",
                        e.getMessage(), RETRY.toSeconds());
            } catch (RuntimeException e) {
                failure = new AnswererUnavailableException(AnswererUnavailableException.Reason.BROKEN, what + " failed to load: " + e, e);
                state = State.DOWN;
                log.warn("The model could not be loaded", e);
            } finally {
                lastAttempt = System.nanoTime();
                loading.set(false);
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        background.shutdownNow();
    }
}
