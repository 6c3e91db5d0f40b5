package org.measuresqa.bots.wecom;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.measuresqa.bots.BotEnv;
import org.measuresqa.config.ConfigException;

/**
 * A WeCom (企业微信) self-built app: the callback's Token and EncodingAESKey (接收消息 → API接收), the CorpID (我的企业 →
 * 企业信息), the app's AgentId and Secret (to send answers), the API base URL (a fake one in tests) and, optionally,
 * this server's public address for links to the cited measures and the domain-verification file to serve.
 *
 * @param publicBaseUrl    e.g. {@code https://qa.example.org}; may be null
 * @param domainVerifyFile the {@code WW_verify_….txt} file of the console's 可信域名 check, served at the root; may be null
 */
public record WeComSettings(String corpId, String token, String encodingAesKey, int agentId, String secret, String apiBaseUrl,
                            String publicBaseUrl, WeComVerifyFile domainVerifyFile) {

    public static final String CORP_ID = "WECOM_CORP_ID";
    public static final String TOKEN = "WECOM_TOKEN";
    public static final String ENCODING_AES_KEY = "WECOM_ENCODING_AES_KEY";
    public static final String AGENT_ID = "WECOM_AGENT_ID";
    public static final String SECRET = "WECOM_SECRET";
    public static final String API_BASE_URL = "WECOM_API_BASE_URL";
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String DEFAULT_API_BASE_URL = "https://qyapi.weixin.qq.com/cgi-bin";
    public static final String DOMAIN_VERIFY_FILE = WeComVerifyFile.ENV;

    /** Settings without a domain-verification file. */
    public WeComSettings(String corpId, String token, String encodingAesKey, int agentId, String secret, String apiBaseUrl,
                         String publicBaseUrl) {
        this(corpId, token, encodingAesKey, agentId, secret, apiBaseUrl, publicBaseUrl, null);
    }

    public WeComSettings {
        if (corpId == null || !corpId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ConfigException(CORP_ID + " must be the CorpID (letters and digits, e.g. ww1436e0e65a779aee), was \"" + corpId + "\"");
        }
        if (token == null || !token.matches("[A-Za-z0-9]{1,32}")) {
            throw new ConfigException(TOKEN + " must be 1 to 32 letters or digits (the Token of 接收消息), was " + BotEnv.mask(token));
        }
        if (encodingAesKey == null || !encodingAesKey.matches("[A-Za-z0-9+/]{43}")) {
            throw new ConfigException(ENCODING_AES_KEY + " must be 43 characters of letters, digits, + and / (the EncodingAESKey of 接收消息), was "
                    + BotEnv.mask(encodingAesKey));
        }
        if (Base64.getDecoder().decode(encodingAesKey + "=").length != 32) {
            throw new ConfigException(ENCODING_AES_KEY + " does not decode to a 32-byte key");
        }
        if (agentId <= 0) throw new ConfigException(AGENT_ID + " must be a positive whole number (the app's AgentId), was " + agentId);
        if (secret == null || secret.isBlank() || secret.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(SECRET + " must be the app's Secret, without spaces");
        }
        apiBaseUrl = BotEnv.httpUrl(API_BASE_URL, apiBaseUrl == null ? DEFAULT_API_BASE_URL : apiBaseUrl);
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : BotEnv.httpUrl(PUBLIC_BASE_URL, publicBaseUrl);
    }

    /**
     * The WeCom settings from the environment: empty when none of the {@code WECOM_*} variables is set
     * ({@code PUBLIC_BASE_URL} alone does not enable the bot). {@code WECOM_DOMAIN_VERIFY_FILE}, when set, is read
     * and checked here, at start.
     *
     * @throws ConfigException when only some are set (naming the missing ones) or a value is malformed
     */
    public static Optional<WeComSettings> fromEnv(Map<String, String> env) {
        List<String> required = List.of(CORP_ID, TOKEN, ENCODING_AES_KEY, AGENT_ID, SECRET);
        if (!BotEnv.anySet(env, List.of(CORP_ID, TOKEN, ENCODING_AES_KEY, AGENT_ID, SECRET, API_BASE_URL, DOMAIN_VERIFY_FILE))) {
            return Optional.empty();
        }
        BotEnv.requireAll(env, "The WeCom bot", required);
        String agent = BotEnv.value(env, AGENT_ID).orElseThrow();
        if (!agent.matches("\\d{1,10}")) throw new ConfigException(AGENT_ID + " must be a whole number (the app's AgentId), was \"" + agent + "\"");
        long agentId = Long.parseLong(agent);
        if (agentId > Integer.MAX_VALUE) throw new ConfigException(AGENT_ID + " is too large: " + agent);
        return Optional.of(new WeComSettings(
                BotEnv.value(env, CORP_ID).orElseThrow(),
                BotEnv.value(env, TOKEN).orElseThrow(),
                BotEnv.value(env, ENCODING_AES_KEY).orElseThrow(),
                (int) agentId,
                BotEnv.value(env, SECRET).orElseThrow(),
                BotEnv.value(env, API_BASE_URL).orElse(DEFAULT_API_BASE_URL),
                BotEnv.value(env, PUBLIC_BASE_URL).orElse(null),
                BotEnv.value(env, DOMAIN_VERIFY_FILE).map(WeComVerifyFile::read).orElse(null)));
    }

    @Override
    public String toString() {
        return "WeComSettings[corpId=" + corpId + ", token=" + BotEnv.mask(token) + ", encodingAesKey=" + BotEnv.mask(encodingAesKey)
                + ", agentId=" + agentId + ", secret=" + BotEnv.mask(secret) + ", apiBaseUrl=" + apiBaseUrl + ", publicBaseUrl=" + publicBaseUrl
                + ", domainVerifyFile=" + (domainVerifyFile == null ? "none" : domainVerifyFile.name()) + "]";
    }
}
