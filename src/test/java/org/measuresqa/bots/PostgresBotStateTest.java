package org.measuresqa.bots;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.PostgresDatabase;
import org.measuresqa.support.TestPostgres;

class PostgresBotStateTest extends StoredBotStateContract {

    private TestPostgres.Fresh fresh;

    @BeforeEach
    void makeDatabase() {
        fresh = TestPostgres.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        closeAll();
        if (fresh != null) fresh.close();
    }

    @Override
    Database open() {
        return PostgresDatabase.open(new PostgresDatabase.Settings(fresh.url(), 4, Duration.ofSeconds(2)));
    }
}
