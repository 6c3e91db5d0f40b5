package org.measuresqa.bots;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Executors tests can control: wait for all submitted work, or hold it back until released. */
public final class TestExecutors {

    private TestExecutors() {
    }

    /** Shuts {@code executor} down and waits until every submitted task has run. */
    public static void drain(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the bot's work did not finish within 90 s");
        }
    }

    /** A single-thread executor that runs nothing until {@link Gated#release()}. */
    public static Gated gated() {
        return new Gated();
    }

    public static final class Gated {
        public final ExecutorService executor = Executors.newSingleThreadExecutor();
        private final CountDownLatch gate = new CountDownLatch(1);

        private Gated() {
            executor.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        public void release() {
            gate.countDown();
        }
    }
}
