package org.measuresqa.bots;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.measuresqa.config.ConfigException;

/** Reading a bot's settings from an environment map: blank counts as unset, and secrets are masked when shown. */
public final class BotEnv {

    private BotEnv() {
    }

    /** The trimmed value of {@code key}, or empty when it is missing or blank. */
    public static Optional<String> value(Map<String, String> env, String key) {
        String v = env.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** True when at least one of {@code keys} has a value. */
    public static boolean anySet(Map<String, String> env, List<String> keys) {
        return keys.stream().anyMatch(k -> value(env, k).isPresent());
    }

    /** @throws ConfigException naming every key of {@code required} that has no value */
    public static void requireAll(Map<String, String> env, String bot, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String key : required) if (value(env, key).isEmpty()) missing.add(key);
        if (!missing.isEmpty()) {
            throw new ConfigException(bot + " is partly configured: " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set; set " + String.join(", ", required) + " to enable it, or none of them to disable it");
        }
    }

    /** An http(s) URL without its trailing slash. */
    public static String httpUrl(String key, String value) {
        String v = value.strip();
        while (v.endsWith("/")) v = v.substring(0, v.length() - 1);
        try {
            URI uri = new URI(v);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigException(key + " must be an http:// or https:// URL, was \"" + value + "\"");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(key + " is not a valid URL: \"" + value + "\"");
        }
        return v;
    }

    /** A secret as it may be shown: only its length. */
    public static String mask(String secret) {
        return secret == null ? "null" : "****(" + secret.length() + " chars)";
    }
}
