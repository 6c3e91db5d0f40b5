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
            var answers = app.answerService(app.retriever(), java.util.Optional.empty());
            Map<String, Object> health = app.health(app.store().measures(), answers);
            assertThat(health).containsEntry("measures", 32).containsEntry("conversations", "ok");
            assertThat(health.toString()).doesNotContain(dir.toString()).doesNotContain("idx.db");
        }
    }

    @Test
    void an_openai_compatible_server_wins_over_ollama_when_both_are_configured_and_health_says_when_its_model_is_ready() {
        try (var fake = org.measuresqa.support.FakeModelServer.start().requiresKey("sk-app-test-key-42")) {
            Config config = Config.load(Map.of("STORE_PATH", dir.resolve("idx.db").toString(),
                    "OLLAMA_BASE_URL", fake.ollamaUrl(), "OPENAI_BASE_URL", fake.openAiUrl(),
                    "OPENAI_MODEL", org.measuresqa.support.FakeModelServer.MODEL, "OPENAI_API_KEY", "sk-app-test-key-42"), null);
            try (App app = App.open(config)) {
                app.refreshIndex(Indexer.Progress.NONE);
                var chosen = app.chooseAnswerer().orElseThrow();
                assertThat(chosen.mode()).isEqualTo("openai");
                var answers = app.answerService(app.retriever(), java.util.Optional.of(chosen));
                ((org.measuresqa.answer.AdmittedAnswerer) chosen).readiness().awaitLoaded(java.time.Duration.ofSeconds(5));
                Map<String, Object> health = app.health(app.store().measures(), answers);
                assertThat(health.get("model")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                        .containsEntry("mode", "openai").containsEntry("ready", true).containsEntry("maxConcurrency", 1);
                assertThat(health.toString()).doesNotContain("sk-app-test-key-42");
                assertThat(fake.requests("/api/tags")).isEmpty(); // Ollama was not even probed
            }
        }
    }

    @Test
    void health_says_the_answers_are_extractive_when_no_model_is_used() {
        Config config = Config.load(Map.of("STORE_PATH", dir.resolve("idx.db").toString(), "ANSWERER", "extractive"), null);
        try (App app = App.open(config)) {
            app.refreshIndex(Indexer.Progress.NONE);
            var answers = app.answerService(app.retriever(), app.chooseAnswerer());
            assertThat(app.health(app.store().measures(), answers)).containsEntry("model", Map.of("mode", "extractive"));
        }
    }
}
