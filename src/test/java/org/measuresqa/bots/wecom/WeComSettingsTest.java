package org.measuresqa.bots.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measuresqa.config.ConfigException;

class WeComSettingsTest {

    static Map<String, String> full() {
        Map<String, String> env = new HashMap<>();
        env.put("WECOM_CORP_ID", "ww1436e0e65a779aee");
        env.put("WECOM_TOKEN", "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo");
        env.put("WECOM_ENCODING_AES_KEY", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt");
        env.put("WECOM_AGENT_ID", "1000002");
        env.put("WECOM_SECRET", "s3cr3t-app-secret-value");
        return env;
    }

    @Test
    void no_wecom_variable_means_no_wecom_bot() {
        assertThat(WeComSettings.fromEnv(Map.of())).isEmpty();
        assertThat(WeComSettings.fromEnv(Map.of("PUBLIC_BASE_URL", "https://qa.example.org"))).isEmpty();
    }

    @Test
    void a_full_configuration_is_read_with_the_default_api_base_url() {
        WeComSettings s = WeComSettings.fromEnv(full()).orElseThrow();
        assertThat(s.agentId()).isEqualTo(1000002);
        assertThat(s.apiBaseUrl()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin");
        assertThat(s.publicBaseUrl()).isNull();
    }

    @Test
    void a_partial_configuration_names_the_missing_variables() {
        Map<String, String> env = full();
        env.remove("WECOM_SECRET");
        env.remove("WECOM_AGENT_ID");
        assertThatThrownBy(() -> WeComSettings.fromEnv(env)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("WECOM_AGENT_ID").hasMessageContaining("WECOM_SECRET").hasMessageNotContaining("WECOM_TOKEN is");
    }

    @Test
    void malformed_values_are_refused_with_the_variable_named() {
        for (String[] bad : new String[][] {{"WECOM_ENCODING_AES_KEY", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU"},
                {"WECOM_ENCODING_AES_KEY", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU="}, {"WECOM_AGENT_ID", "abc"},
                {"WECOM_AGENT_ID", "0"}, {"WECOM_TOKEN", "has space"}, {"WECOM_CORP_ID", "ww 1"}, {"WECOM_API_BASE_URL", "qyapi"}}) {
            Map<String, String> env = full();
            env.put(bad[0], bad[1]);
            assertThatThrownBy(() -> WeComSettings.fromEnv(env)).as(bad[0] + "=" + bad[1])
                    .isInstanceOf(ConfigException.class).hasMessageContaining(bad[0]);
        }
    }

    @Test
    void to_string_masks_the_token_the_key_and_the_secret() {
        String shown = WeComSettings.fromEnv(full()).orElseThrow().toString();
        assertThat(shown).contains("ww1436e0e65a779aee").contains("1000002")
                .doesNotContain("hJqcu3u").doesNotContain("6qkdMrq").doesNotContain("s3cr3t");
    }
}
