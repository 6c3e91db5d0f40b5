package org.measuresqa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaults_apply_when_nothing_is_set() {
        Config c = Config.load(Map.of(), null);
        assertThat(c.web().port()).isEqualTo(7070);
        assertThat(c.store().path()).isEqualTo(Path.of("data/measures.db"));
        assertThat(c.retrieval().defaultK()).isEqualTo(5);
        assertThat(c.effective().get("web.port").source()).isEqualTo("default");
    }

    @Test
    void the_file_overrides_defaults_and_the_environment_overrides_the_file() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "web.port=8000\nstore.path=/tmp/x.db\n");
        Config c = Config.load(Map.of("PORT", "9000"), file);
        assertThat(c.web().port()).isEqualTo(9000);
        assertThat(c.effective().get("web.port").source()).isEqualTo("env PORT");
        assertThat(c.store().path()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(c.effective().get("store.path").source()).isEqualTo(file.toString());
    }

    @Test
    void a_malformed_value_names_its_key_variable_and_source() {
        assertThatThrownBy(() -> Config.load(Map.of("PORT", "seventy"), null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("web.port (PORT)").hasMessageContaining("seventy").hasMessageContaining("env PORT");
        assertThatThrownBy(() -> Config.load(Map.of("PORT", "70000"), null)).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> Config.load(Map.of("DENSE_WEIGHT", "0", "LEXICAL_WEIGHT", "0"), null))
                .hasMessageContaining("not both zero");
    }

    @Test
    void a_named_file_that_does_not_exist_is_an_error() {
        assertThatThrownBy(() -> Config.load(Map.of(), dir.resolve("absent.properties"))).hasMessageContaining("does not exist");
    }

    @Test
    void the_description_lists_every_value_with_its_source() {
        assertThat(Config.load(Map.of("PORT", "8080"), null).describe()).contains("web.port = 8080 (env PORT)");
    }

    @Test
    void secrets_are_masked_when_shown() {
        assertThat(new Config.Setting("slack.token", "SLACK_BOT_TOKEN", "xoxb-secret", "env", true).shown()).isEqualTo("****");
    }

    @Test
    void without_database_url_the_embedded_file_is_used_and_with_one_it_is_shared_with_its_password_masked_in_the_log() {
        assertThat(Config.load(Map.of(), null).database().shared()).isFalse();
        Config c = Config.load(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/measures?user=qa&password=s3cret-pw&ssl=true"), null);
        assertThat(c.database().shared()).isTrue();
        assertThat(c.database().poolSize()).isEqualTo(10);
        assertThat(c.describe()).anySatisfy(line -> assertThat(line).startsWith("database.url = ")
                .contains("db:5432/measures", "user=qa", "password=****", "ssl=true").doesNotContain("s3cret-pw"));
        assertThat(Config.redacted("postgres://qa:s3cret-pw@db/measures")).isEqualTo("postgres://qa:****@db/measures");
    }

    @Test
    void a_database_url_that_is_not_postgresql_or_a_bad_pool_is_refused_naming_the_variable_without_the_password() {
        assertThatThrownBy(() -> Config.load(Map.of("DATABASE_URL", "mysql://qa:s3cret-pw@db/measures"), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DATABASE_URL").hasMessageNotContaining("s3cret-pw");
        assertThatThrownBy(() -> Config.load(Map.of("DATABASE_URL", "jdbc:postgresql://db/m", "DATABASE_POOL_SIZE", "0"), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DATABASE_POOL_SIZE");
    }

    @Test
    void model_deadlines_concurrency_and_keep_alive_have_measured_defaults() {
        Config.Model m = Config.load(Map.of(), null).model();
        assertThat(m.firstToken()).isEqualTo(java.time.Duration.ofSeconds(15));
        assertThat(m.betweenTokens()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(m.total()).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(m.maxConcurrency()).isEqualTo(1);
        assertThat(m.keepAliveSeconds()).isEqualTo(1800);
    }

    @Test
    void keep_alive_takes_ollama_forms() {
        assertThat(Config.load(Map.of("LLM_KEEP_ALIVE", "2h"), null).model().keepAliveSeconds()).isEqualTo(7200);
        assertThat(Config.load(Map.of("LLM_KEEP_ALIVE", "600"), null).model().keepAliveSeconds()).isEqualTo(600);
        assertThat(Config.load(Map.of("LLM_KEEP_ALIVE", "-1"), null).model().keepAliveSeconds()).isEqualTo(-1);
        assertThatThrownBy(() -> Config.load(Map.of("LLM_KEEP_ALIVE", "soon"), null)).hasMessageContaining("LLM_KEEP_ALIVE");
        assertThatThrownBy(() -> Config.load(Map.of("LLM_KEEP_ALIVE", "10s"), null)).hasMessageContaining("at least 1m");
    }

    @Test
    void every_model_limit_is_checked_at_start_and_names_its_variable() {
        assertThatThrownBy(() -> Config.load(Map.of("LLM_FIRST_TOKEN_SECONDS", "0"), null)).hasMessageContaining("LLM_FIRST_TOKEN_SECONDS");
        assertThatThrownBy(() -> Config.load(Map.of("LLM_BETWEEN_TOKENS_SECONDS", "-1"), null)).hasMessageContaining("LLM_BETWEEN_TOKENS_SECONDS");
        assertThatThrownBy(() -> Config.load(Map.of("LLM_TOTAL_SECONDS", "10", "LLM_FIRST_TOKEN_SECONDS", "20"), null))
                .hasMessageContaining("LLM_TOTAL_SECONDS").hasMessageContaining("LLM_FIRST_TOKEN_SECONDS");
        assertThatThrownBy(() -> Config.load(Map.of("LLM_MAX_CONCURRENCY", "0"), null)).hasMessageContaining("LLM_MAX_CONCURRENCY");
        assertThatThrownBy(() -> Config.load(Map.of("LLM_LOAD_TIMEOUT_SECONDS", "0"), null)).hasMessageContaining("LLM_LOAD_TIMEOUT_SECONDS");
    }

    @Test
    void a_renamed_setting_is_an_error_that_names_the_new_one() {
        assertThatThrownBy(() -> Config.load(Map.of("OLLAMA_FIRST_TOKEN_SECONDS", "4"), null)).hasMessageContaining("LLM_FIRST_TOKEN_SECONDS");
    }

    @Test
    void an_openai_compatible_server_needs_its_model_and_its_key_is_never_shown() {
        assertThat(Config.load(Map.of(), null).openAi().configured()).isFalse();
        assertThatThrownBy(() -> Config.load(Map.of("OPENAI_BASE_URL", "http://localhost:8000/v1"), null)).hasMessageContaining("OPENAI_MODEL");
        Config c = Config.load(Map.of("OPENAI_BASE_URL", "http://localhost:8000/v1/", "OPENAI_MODEL", "Qwen2.5-7B-Instruct",
                "OPENAI_API_KEY", "sk-secret-value-123"), null);
        assertThat(c.openAi().baseUrl()).isEqualTo("http://localhost:8000/v1");
        assertThat(c.openAi().apiKey()).isEqualTo("sk-secret-value-123");
        assertThat(String.join("\n", c.describe())).contains("openai.apiKey = ****").doesNotContain("sk-secret");
        assertThat(c.openAi().toString()).doesNotContain("sk-secret");
    }
}
