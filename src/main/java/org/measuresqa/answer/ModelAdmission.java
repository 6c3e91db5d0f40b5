package org.measuresqa.answer;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * At most {@code maxConcurrency} generations in flight to the model; the model server would otherwise queue the rest
 * itself, out of reach. Further questions wait here, in order, but only as long as they can still get a first token
 * within the deadline, estimated from measured first-token and generation times; a question that cannot is refused at
 * once ("模型繁忙") and is never sent. Nothing is sent that the server will not wait for.
 */
public final class ModelAdmission {

    /** Weight of the newest measurement in the running estimates. */
    private static final double WEIGHT = 0.3;

    private final int maxConcurrency;
    private final Duration firstToken;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private int inFlight;
    private double firstTokenMs;
    private double generationMs;
    private boolean firstTokenMeasured;
    private boolean generationMeasured;

    /**
     * @param firstToken the first-token deadline, counted from when the question was asked; until measured, a first
     *                   token is assumed to take a quarter of it and a whole generation half of it
     */
    public ModelAdmission(int maxConcurrency, Duration firstToken) {
        if (maxConcurrency < 1) throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        this.maxConcurrency = maxConcurrency;
        this.firstToken = Objects.requireNonNull(firstToken, "firstToken");
        this.firstTokenMs = firstToken.toMillis() / 4.0;
        this.generationMs = firstToken.toMillis() / 2.0;
    }

    /** A place at the model; {@link #waited()} is the time spent queued for it. */
    public final class Permit {
        private final Duration waited;
        private boolean released;

        private Permit(Duration waited) {
            this.waited = waited;
        }

        public Duration waited() {
            return waited;
        }

        /**
         * Gives the place back and records how the generation went.
         *
         * @param firstToken time from sending to the first token, or null when none came
         * @param took       time from sending to the end of the call, or null when nothing was sent
         */
        public void release(Duration firstToken, Duration took) {
            lock.lock();
            try {
                if (released) return;
                released = true;
                inFlight--;
                // the first measurement replaces the guess; later ones move the estimate
                if (firstToken != null) {
                    firstTokenMs = firstTokenMeasured ? firstTokenMs + WEIGHT * (firstToken.toMillis() - firstTokenMs) : firstToken.toMillis();
                    firstTokenMeasured = true;
                }
                // a call given up on still tells how long the model holds a place
                if (took != null) {
                    generationMs = generationMeasured ? generationMs + WEIGHT * (took.toMillis() - generationMs) : took.toMillis();
                    generationMeasured = true;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Takes a place at the model, waiting in line while its first token can still come within the deadline.
     *
     * @param onQueued told the question's place in line (1 = next) when it has to wait
     * @throws AnswererUnavailableException BUSY when the wait would be too long, or it was
     */
    public Permit admit(IntConsumer onQueued) {
        long arrived = System.nanoTime();
        Object me = new Object();
        int position;
        long giveUp;
        lock.lock();
        try {
            if (waiting.isEmpty() && inFlight < maxConcurrency) return take(arrived);
            position = waiting.size() + 1;
            double estimate = position * generationMs / maxConcurrency + firstTokenMs;
            if (estimate > firstToken.toMillis()) throw busy(position, estimate);
            waiting.addLast(me);
            // give up once too little time is left for a first token
            giveUp = arrived + firstToken.toNanos() - (long) (firstTokenMs * 1_000_000);
        } finally {
            lock.unlock();
        }
        boolean told = false;
        try {
            onQueued.accept(position); // outside the lock: it writes to a client, which may be slow or gone
            told = true;
        } finally {
            if (!told) leave(me);
        }
        lock.lock();
        try {
            while (waiting.peekFirst() != me || inFlight >= maxConcurrency) {
                long left = giveUp - System.nanoTime();
                if (left <= 0) throw busy(waiting.size(), firstToken.toMillis());
                changed.awaitNanos(left);
            }
            return take(arrived);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(position, firstToken.toMillis());
        } finally {
            waiting.remove(me);
            changed.signalAll();
            lock.unlock();
        }
    }

    private void leave(Object waiter) {
        lock.lock();
        try {
            waiting.remove(waiter);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Permit take(long arrived) {
        inFlight++;
        return new Permit(Duration.ofNanos(System.nanoTime() - arrived));
    }

    private AnswererUnavailableException busy(int position, double estimateMs) {
        return new AnswererUnavailableException(AnswererUnavailableException.Reason.BUSY, String.format(java.util.Locale.ROOT,
                "the model is busy: %d generating, place %d in line, first token expected in %.1f s against a deadline of %.1f s",
                inFlight, position, estimateMs / 1000, firstToken.toMillis() / 1000.0));
    }

    /** The first-token time expected of a question sent now to a free model. */
    public Duration expectedFirstToken() {
        lock.lock();
        try {
            return Duration.ofMillis(Math.round(firstTokenMs));
        } finally {
            lock.unlock();
        }
    }

    /** For {@code /health}: what is in flight and waiting, and the running estimates. */
    public Map<String, Object> health() {
        lock.lock();
        try {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("maxConcurrency", maxConcurrency);
            h.put("generating", inFlight);
            h.put("queued", waiting.size());
            h.put("firstTokenMs", Math.round(firstTokenMs));
            h.put("generationMs", Math.round(generationMs));
            return h;
        } finally {
            lock.unlock();
        }
    }
}
