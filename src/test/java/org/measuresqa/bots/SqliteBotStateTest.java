package org.measuresqa.bots;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.SqliteDatabase;

class SqliteBotStateTest extends StoredBotStateContract {

    @TempDir
    Path dir;

    @Override
    Database open() {
        return SqliteDatabase.open(dir.resolve("state.db"));
    }
}
