package org.measuresqa.bots;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bot work in bounded queues, one per conversation: a conversation's questions are answered in the order they came,
 * one at a time, while other conversations go on in parallel on the shared threads. A user who sends five quick
 * messages waits for their own answers and holds up nobody else; beyond {@code maxQueued} waiting questions in all,
 * new ones are refused so that the caller can say it is busy.
 */
public final class KeyedWork {

    public static final int DEFAULT_MAX_QUEUED = 200;
    private static final Logger log = LoggerFactory.getLogger(KeyedWork.class);

    private final Executor threads;
    private final int maxQueued;
    private final Map<String, Deque<Runnable>> queues = new HashMap<>();
    private int queued;

    public KeyedWork(Executor threads, int maxQueued) {
        this.threads = Objects.requireNonNull(threads, "threads");
        if (maxQueued < 1) throw new IllegalArgumentException("maxQueued must be at least 1, was " + maxQueued);
        this.maxQueued = maxQueued;
    }

    /**
     * Queues {@code task} behind the earlier tasks of {@code key}.
     *
     * @return false when the queues are full (the task will not run)
     * @throws RejectedExecutionException when the threads are shutting down
     */
    public boolean submit(String key, Runnable task) {
        boolean start;
        synchronized (this) {
            if (queued >= maxQueued) return false;
            Deque<Runnable> queue = queues.get(key);
            start = queue == null;
            if (start) queues.put(key, queue = new ArrayDeque<>());
            queue.add(task);
            queued++;
        }
        if (start) {
            try {
                threads.execute(() -> drain(key));
            } catch (RejectedExecutionException e) {
                synchronized (this) {
                    queued -= queues.remove(key).size();
                }
                throw e;
            }
        }
        return true;
    }

    /** True while a task of {@code key} waits or runs. */
    public synchronized boolean busy(String key) {
        return queues.containsKey(key);
    }

    /** Questions waiting or being answered, in all conversations. */
    public synchronized int queued() {
        return queued;
    }

    private void drain(String key) {
        while (true) {
            Runnable next;
            synchronized (this) {
                Deque<Runnable> queue = queues.get(key);
                next = queue.peek();
                if (next == null) {
                    queues.remove(key);
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                log.error("Bot work for one conversation failed; its next questions go on", e);
            } finally {
                synchronized (this) {
                    queues.get(key).poll();
                    queued--;
                }
            }
        }
    }
}
