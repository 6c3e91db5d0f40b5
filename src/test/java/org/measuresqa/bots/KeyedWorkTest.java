package org.measuresqa.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedWorkTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void one_conversations_questions_run_in_order_and_do_not_hold_up_another() throws Exception {
        KeyedWork work = new KeyedWork(threads, 100);
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = new CopyOnWriteArrayList<>();
        // five quick messages from one user: the first is slow
        work.submit("alice", () -> {
            await(release);
            done.add("a1");
        });
        for (int i = 2; i <= 5; i++) {
            String name = "a" + i;
            work.submit("alice", () -> done.add(name));
        }
        CountDownLatch bob = new CountDownLatch(1);
        work.submit("bob", () -> {
            done.add("b1");
            bob.countDown();
        });
        assertThat(bob.await(5, TimeUnit.SECONDS)).as("another conversation is answered meanwhile").isTrue();
        assertThat(done).containsExactly("b1");
        release.countDown();
        waitUntil(() -> done.size() == 6);
        assertThat(done.subList(1, 6)).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(work.queued()).isZero();
    }

    @Test
    void beyond_its_bound_it_refuses_so_that_the_bot_can_say_it_is_busy() throws Exception {
        KeyedWork work = new KeyedWork(threads, 3);
        CountDownLatch release = new CountDownLatch(1);
        assertThat(work.submit("a", () -> await(release))).isTrue();
        assertThat(work.submit("b", () -> await(release))).isTrue();
        assertThat(work.submit("c", () -> { })).isTrue();
        assertThat(work.submit("d", () -> { })).isFalse();
        release.countDown();
        waitUntil(() -> work.queued() == 0);
        assertThat(work.submit("d", () -> { })).isTrue();
    }

    @Test
    void a_failing_question_does_not_stop_the_next_one_of_its_conversation() throws Exception {
        KeyedWork work = new KeyedWork(threads, 10);
        List<String> done = new CopyOnWriteArrayList<>();
        work.submit("a", () -> {
            throw new IllegalStateException("boom");
        });
        work.submit("a", () -> done.add("next"));
        waitUntil(() -> done.size() == 1);
        assertThat(work.queued()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out");
            Thread.sleep(5);
        }
    }
}
