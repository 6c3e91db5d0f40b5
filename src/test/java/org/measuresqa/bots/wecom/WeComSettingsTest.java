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

    @Test
    void a_domain_verification_file_is_read_at_start_without_its_trailing_line_end(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("WW_verify_6sik8XFNVixfjUNp.txt"), "6sik8XFNVixfjUNp\n");
        Map<String, String> env = full();
        env.put("WECOM_DOMAIN_VERIFY_FILE", file.toString());
        WeComSettings s = WeComSettings.fromEnv(env).orElseThrow();
        assertThat(s.domainVerifyFile()).isEqualTo(new WeComVerifyFile("WW_verify_6sik8XFNVixfjUNp.txt", "6sik8XFNVixfjUNp"));
        assertThat(s.toString()).contains("domainVerifyFile=WW_verify_6sik8XFNVixfjUNp.txt").doesNotContain("6sik8XFNVixfjUNp\n");
        assertThat(WeComSettings.fromEnv(full()).orElseThrow().domainVerifyFile()).isNull();
    }

    @Test
    void a_missing_misnamed_empty_or_oversized_verification_file_stops_the_start_with_a_clear_error(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Map<String, String> env = full();
        env.put("WECOM_DOMAIN_VERIFY_FILE", dir.resolve("WW_verify_absent.txt").toString());
        assertThatThrownBy(() -> WeComSettings.fromEnv(env)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("WECOM_DOMAIN_VERIFY_FILE").hasMessageContaining("not a readable file");
        env.put("WECOM_DOMAIN_VERIFY_FILE", java.nio.file.Files.writeString(dir.resolve("verify.txt"), "abc").toString());
        assertThatThrownBy(() -> WeComSettings.fromEnv(env)).isInstanceOf(ConfigException.class).hasMessageContaining("WW_verify_");
        env.put("WECOM_DOMAIN_VERIFY_FILE", java.nio.file.Files.writeString(dir.resolve("WW_verify_empty.txt"), "").toString());
        assertThatThrownBy(() -> WeComSettings.fromEnv(env)).isInstanceOf(ConfigException.class).hasMessageContaining("verification code");
        env.put("WECOM_DOMAIN_VERIFY_FILE", java.nio.file.Files.writeString(dir.resolve("WW_verify_big.txt"), "x".repeat(5000)).toString());
        assertThatThrownBy(() -> WeComSettings.fromEnv(env)).isInstanceOf(ConfigException.class).hasMessageContaining("1024 bytes");
        env.put("WECOM_DOMAIN_VERIFY_FILE", dir.toString());
        assertThatThrownBy(() -> WeComSettings.fromEnv(env)).isInstanceOf(ConfigException.class).hasMessageContaining("not a readable file");
        // set alone, it names the variables the bot still needs
        assertThatThrownBy(() -> WeComSettings.fromEnv(Map.of("WECOM_DOMAIN_VERIFY_FILE", "/x/WW_verify_a.txt")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("WECOM_CORP_ID");
    }
}
