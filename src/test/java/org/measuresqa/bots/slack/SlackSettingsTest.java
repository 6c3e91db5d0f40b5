package org.measuresqa.bots.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measuresqa.config.ConfigException;

class SlackSettingsTest {

    @Test
    void no_slack_variable_means_no_slack_bot_even_with_a_public_base_url() {
        assertThat(SlackSettings.fromEnv(Map.of())).isEmpty();
        assertThat(SlackSettings.fromEnv(Map.of("PUBLIC_BASE_URL", "https://qa.example.org", "SLACK_BOT_TOKEN", "  "))).isEmpty();
    }

    @Test
    void a_full_configuration_is_read_with_the_default_api_base_url() {
        SlackSettings s = SlackSettings.fromEnv(Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                "SLACK_BOT_TOKEN", "xoxb-123-456-abc", "PUBLIC_BASE_URL", "https://qa.example.org/")).orElseThrow();
        assertThat(s.apiBaseUrl()).isEqualTo("https://slack.com/api");
        assertThat(s.publicBaseUrl()).isEqualTo("https://qa.example.org");
        assertThat(s.botToken()).isEqualTo("xoxb-123-456-abc");
    }

    @Test
    void a_partial_configuration_names_the_missing_variables() {
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("SLACK_SIGNING_SECRET").hasMessageNotContaining("xoxb-1");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_API_BASE_URL", "http://localhost:1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN are not set");
    }

    @Test
    void malformed_values_are_refused_with_the_variable_named() {
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxp-user-token")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("SLACK_BOT_TOKEN").hasMessageNotContaining("xoxp-user-token");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_API_BASE_URL", "slack.com/api"))).isInstanceOf(ConfigException.class).hasMessageContaining("SLACK_API_BASE_URL");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
                "PUBLIC_BASE_URL", "ftp://x"))).isInstanceOf(ConfigException.class).hasMessageContaining("PUBLIC_BASE_URL");
    }

    @Test
    void to_string_masks_the_secret_and_the_token() {
        String shown = new SlackSettings("8f742231b10e8888abcd99yyyzzz85a5", "xoxb-123-456-abcdef", null, null).toString();
        assertThat(shown).doesNotContain("8f742231").doesNotContain("123-456").doesNotContain("abcdef").contains("https://slack.com/api");
    }
}
