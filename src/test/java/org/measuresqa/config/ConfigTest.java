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
}
