package org.measuresqa.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.measuresqa.storage.Database;

/**
 * A {@link StoredBotState} on a real database: the contract, plus what sharing adds. Two databases opened at once
 * are two instances; a database opened again is an instance after a restart.
 */
abstract class StoredBotStateContract extends BotStateContract {

    private final List<Database> opened = new ArrayList<>();

    /** Opens this test's database (the same one each time within a test). */
    abstract Database open();

    @Override
    BotState state() {
        return instance();
    }

    private StoredBotState instance() {
        Database db = open();
        opened.add(db);
        return new StoredBotState(db, DedupeCache.DEFAULT_TTL, clock);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Database::close);
    }

    @Test
    void a_delivery_and_its_retry_racing_on_two_instances_are_taken_on_exactly_once() throws Exception {
        List<BotState> instances = List.of(instance(), instance());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "Ev-race-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    BotState s = instances.get(i % 2);
                    claims.add(pool.submit(() -> {
                        go.await();
                        return s.claim(key, "msg-" + key);
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> f : claims) if (f.get()) won++;
                assertThat(won).as("claims of %s that won", key).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_restarted_or_other_instance_knows_the_places_and_deliveries() {
        BotState before = instance();
        before.remember("T1:C1:111.1", "conv-1");
        assertThat(before.claim("Ev1")).isTrue();
        opened.remove(0).close();
        BotState after = instance();
        assertThat(after.conversation("T1:C1:111.1")).contains("conv-1");
        assertThat(after.claim("Ev1")).isFalse();
    }

    @Test
    void a_lost_database_takes_deliveries_on_and_starts_places_afresh_rather_than_failing() {
        BotState s = instance();
        s.remember("T1:C1:111.1", "conv-1");
        opened.forEach(Database::close);
        assertThat(s.claim("Ev1")).isTrue();
        assertThat(s.conversation("T1:C1:111.1")).isEmpty();
        s.remember("T1:C1:111.1", "conv-2"); // logged, not thrown
    }
}
