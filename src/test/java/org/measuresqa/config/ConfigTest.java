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
}
