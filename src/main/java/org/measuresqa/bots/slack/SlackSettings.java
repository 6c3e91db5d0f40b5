package org.measuresqa.bots.slack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.measuresqa.bots.BotEnv;
import org.measuresqa.config.ConfigException;

/**
 * The Slack app: its signing secret (to check that requests come from Slack), its bot token (to post replies), the
 * Web API base URL (a fake one in tests) and, optionally, the public address of this server for citation links.
 *
 * @param publicBaseUrl e.g. {@code https://qa.example.org}, so [17] links to {@code https://qa.example.org/measures/17}; may be null
 */
public record SlackSettings(String signingSecret, String botToken, String apiBaseUrl, String publicBaseUrl) {

    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String API_BASE_URL = "SLACK_API_BASE_URL";
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String DEFAULT_API_BASE_URL = "https://slack.com/api";

    public SlackSettings {
        if (signingSecret == null || signingSecret.isBlank()) throw new ConfigException(SIGNING_SECRET + " must not be empty");
        if (signingSecret.chars().anyMatch(Character::isWhitespace)) throw new ConfigException(SIGNING_SECRET + " must not contain spaces");
        if (botToken == null || !botToken.startsWith("xoxb-") || botToken.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(BOT_TOKEN + " must be a bot token starting with \"xoxb-\" (OAuth & Permissions → Bot User OAuth Token), was "
                    + (botToken == null ? "null" : BotEnv.mask(botToken)));
        }
        apiBaseUrl = BotEnv.httpUrl(API_BASE_URL, apiBaseUrl == null ? DEFAULT_API_BASE_URL : apiBaseUrl);
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : BotEnv.httpUrl(PUBLIC_BASE_URL, publicBaseUrl);
    }

    /**
     * The Slack settings from the environment: empty when none of {@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}
     * and {@code SLACK_API_BASE_URL} is set ({@code PUBLIC_BASE_URL} alone does not enable the bot).
     *
     * @throws ConfigException when only some are set (naming the missing ones) or a value is malformed
     */
    public static Optional<SlackSettings> fromEnv(Map<String, String> env) {
        if (!BotEnv.anySet(env, List.of(SIGNING_SECRET, BOT_TOKEN, API_BASE_URL))) return Optional.empty();
        BotEnv.requireAll(env, "The Slack bot", List.of(SIGNING_SECRET, BOT_TOKEN));
        return Optional.of(new SlackSettings(
                BotEnv.value(env, SIGNING_SECRET).orElseThrow(),
                BotEnv.value(env, BOT_TOKEN).orElseThrow(),
                BotEnv.value(env, API_BASE_URL).orElse(DEFAULT_API_BASE_URL),
                BotEnv.value(env, PUBLIC_BASE_URL).orElse(null)));
    }

    @Override
    public String toString() {
        return "SlackSettings[signingSecret=" + BotEnv.mask(signingSecret) + ", botToken=xoxb-" + BotEnv.mask(botToken.substring(5))
                + ", apiBaseUrl=" + apiBaseUrl + ", publicBaseUrl=" + publicBaseUrl + "]";
    }
}
