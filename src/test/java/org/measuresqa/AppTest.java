package org.measuresqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.config.Config;
import org.measuresqa.index.Indexer;

class AppTest {

    @TempDir
    Path dir;

    @Test
    void health_reports_the_index_and_saving_without_any_file_path() {
        Config config = Config.load(Map.of("STORE_PATH", dir.resolve("idx.db").toString(), "ANSWERER", "extractive"), null);
        try (App app = App.open(config)) {
            app.refreshIndex(Indexer.Progress.NONE);
            var answers = app.answerService(app.retriever(), null);
            Map<String, Object> health = app.health(app.store().measures(), answers);
            assertThat(health).containsEntry("measures", 32).containsEntry("conversations", "ok");
            assertThat(health.toString()).doesNotContain(dir.toString()).doesNotContain("idx.db");
        }
    }
}
