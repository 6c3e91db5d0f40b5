package org.measuresqa.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.measuresqa.retrieval.RetrievalSettings;

/**
 * All configuration, in one place. Each value comes from its default, then an optional properties file, then the
 * environment, the last one set winning. Each component receives only its own part.
 */
public record Config(Store store, Corpus corpus, Retrieval retrieval, Web web, Answers answers, Ollama ollama,
                     OpenAi openAi, Model model, Database database, Map<String, Setting> effective) {

    /**
     * Which answerer serves: auto (the OpenAI-compatible server when OPENAI_BASE_URL is set, else Ollama when it answers
     * and has the model), extractive, ollama or openai.
     */
    public enum AnswererChoice { AUTO, EXTRACTIVE, OLLAMA, OPENAI }

    /** How answers are written. */
    public record Answers(AnswererChoice answerer, Path prompts) {
    }

    /** The local Ollama server. */
    public record Ollama(String baseUrl, String model, boolean logRequests) {
        public Ollama {
            requireHttp("ollama.baseUrl (OLLAMA_BASE_URL)", baseUrl);
            if (model.isBlank()) throw new ConfigException("ollama.model (OLLAMA_MODEL) must not be empty");
        }
    }

    /**
     * Where conversations, feedback and the bots' state live. Without a URL: the index's SQLite file, for one
     * instance. With a PostgreSQL JDBC URL: that database, shared by every instance started with the same URL.
     *
     * @param url            null for the embedded SQLite file
     * @param poolSize       connections each instance keeps to PostgreSQL
     * @param connectTimeout how long a request waits for a connection before its turn is given as not saved
     */
    public record Database(String url, int poolSize, java.time.Duration connectTimeout) {
        public Database {
            if (url != null && url.isBlank()) url = null;
            if (url != null && !url.startsWith("jdbc:postgresql:")) {
                throw new ConfigException("database.url (DATABASE_URL) must be a PostgreSQL JDBC URL such as "
                        + "jdbc:postgresql://db:5432/measures?user=qa&password=…, was \"" + redacted(url) + "\"");
            }
            if (poolSize < 1 || poolSize > 200) {
                throw new ConfigException("database.poolSize (DATABASE_POOL_SIZE) must be between 1 and 200, was " + poolSize);
            }
            if (connectTimeout.toMillis() < 250 || connectTimeout.toSeconds() > 60) {
                throw new ConfigException("database.connectTimeoutSeconds (DATABASE_CONNECT_TIMEOUT_SECONDS) must be between 0.25 and 60");
            }
        }

        public boolean shared() {
            return url != null;
        }
    }

    /**
     * An OpenAI-compatible server (vLLM, llama.cpp's server, LM Studio, Xinference, a hosted API); not configured when
     * {@code baseUrl} is null.
     *
     * @param baseUrl the API base, conventionally ending in {@code /v1}
     * @param apiKey  sent as a Bearer token; null when the server needs none. Never logged.
     */
    public record OpenAi(String baseUrl, String model, String apiKey) {
        public OpenAi {
            if (baseUrl != null && baseUrl.isBlank()) baseUrl = null;
            if (apiKey != null && apiKey.isBlank()) apiKey = null;
            if (baseUrl != null) {
                requireHttp("openai.baseUrl (OPENAI_BASE_URL)", baseUrl);
                if (model == null || model.isBlank()) {
                    throw new ConfigException("openai.model (OPENAI_MODEL) must name the served model when OPENAI_BASE_URL is set");
                }
            }
        }

        public boolean configured() {
            return baseUrl != null;
        }

        @Override
        public String toString() {
            return "OpenAi[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "****") + "]";
        }
    }

    /**
     * How the server uses a model, whichever serves it.
     *
     * @param firstToken     the longest a question waits for the model's first token, from when it was asked (queueing
     *                       included) on a loaded model; a cold load never counts against it (questions are answered
     *                       extractively while the model loads)
     * @param betweenTokens  the longest gap between two tokens
     * @param total          the longest a whole answer may take
     * @param maxConcurrency generations in flight to the model at once; further questions wait in a short queue
     * @param keepAlive      how long the model stays loaded after its last use; negative keeps it loaded
     * @param loadTimeout    the longest a background load (warm-up) may take
     */
    public record Model(java.time.Duration firstToken, java.time.Duration betweenTokens, java.time.Duration total,
                        int maxConcurrency, java.time.Duration keepAlive, java.time.Duration loadTimeout) {
        public Model {
            requirePositive("model.firstTokenSeconds (LLM_FIRST_TOKEN_SECONDS)", firstToken);
            requirePositive("model.betweenTokensSeconds (LLM_BETWEEN_TOKENS_SECONDS)", betweenTokens);
            requirePositive("model.totalSeconds (LLM_TOTAL_SECONDS)", total);
            requirePositive("model.loadTimeoutSeconds (LLM_LOAD_TIMEOUT_SECONDS)", loadTimeout);
            if (total.compareTo(firstToken) < 0) {
                throw new ConfigException("model.totalSeconds (LLM_TOTAL_SECONDS) must be at least model.firstTokenSeconds "
                        + "(LLM_FIRST_TOKEN_SECONDS), was " + total.toMillis() / 1000.0 + " < " + firstToken.toMillis() / 1000.0);
            }
            if (maxConcurrency < 1 || maxConcurrency > MAX_CONCURRENCY) {
                throw new ConfigException("model.maxConcurrency (LLM_MAX_CONCURRENCY) must be between 1 and " + MAX_CONCURRENCY
                        + ", was " + maxConcurrency);
            }
            if (!keepAlive.isNegative() && keepAlive.compareTo(java.time.Duration.ofMinutes(1)) < 0) {
                throw new ConfigException("model.keepAlive (LLM_KEEP_ALIVE) must be at least 1m, or -1 to keep the model loaded; was "
                        + keepAlive.toSeconds() + " s");
            }
        }

        /** Ollama's {@code keep_alive} in seconds: -1 keeps the model loaded. */
        public int keepAliveSeconds() {
            return keepAlive.isNegative() ? -1 : (int) Math.min(Integer.MAX_VALUE, keepAlive.toSeconds());
        }
    }

    /** More parallel generations than this is no local model server's setting; a typo more likely. */
    public static final int MAX_CONCURRENCY = 64;

    private static void requireHttp(String name, String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ConfigException(name + " must start with http:// or https://, was \"" + url + "\"");
        }
    }

    private static void requirePositive(String name, java.time.Duration d) {
        if (d.isNegative() || d.isZero()) throw new ConfigException(name + " must be positive, was " + d.toMillis() / 1000.0);
    }

    /** Where the index file lives. */
    public record Store(Path path) {
    }

    /** Where the measures document is read from; the jar's own copy is used when the file does not exist. */
    public record Corpus(Path path) {
    }

    /** Retrieval knobs; the defaults are the values that won on the evaluation question set. */
    public record Retrieval(boolean queryInstruction, RetrievalSettings settings, int defaultK) {
        public Retrieval {
            if (defaultK < 1 || defaultK > MAX_K) throw new ConfigException("retrieval.k must be between 1 and " + MAX_K + ", was " + defaultK);
        }
    }

    /**
     * The HTTP server and who may use it.
     *
     * @param authToken         when set, every {@code /api/*} call needs {@code Authorization: Bearer <token>}; null when open
     * @param allowedOrigins    origins besides the server's own that may send state-changing requests
     * @param chatRatePerMinute chats and ratings one client may send per minute (a burst of as many); 0 turns it off
     * @param trustProxy        a reverse proxy in front sets {@code X-Forwarded-For} and {@code X-Forwarded-Proto}: the
     *                          client is the address it appended (the last one), and HTTPS is what it says
     */
    public record Web(String host, int port, String authToken, List<String> allowedOrigins, int chatRatePerMinute,
                      boolean trustProxy) {
        public Web {
            if (port < 0 || port > 65535) throw new ConfigException("web.port (PORT) must be between 0 and 65535, was " + port);
            if (authToken != null && authToken.isBlank()) authToken = null;
            if (authToken != null && authToken.length() < 16) {
                throw new ConfigException("web.authToken (AUTH_TOKEN) must be at least 16 characters when set");
            }
            allowedOrigins = List.copyOf(allowedOrigins);
            for (String o : allowedOrigins) {
                if (!o.matches("https?://[^/\\s]+")) {
                    throw new ConfigException("web.allowedOrigins (ALLOWED_ORIGINS) must be origins such as https://portal.example.org, was \"" + o + "\"");
                }
            }
            if (chatRatePerMinute < 0) {
                throw new ConfigException("web.chatRateLimitPerMinute (CHAT_RATE_LIMIT_PER_MINUTE) must be 0 or more, was " + chatRatePerMinute);
            }
        }

        public Web(String host, int port) {
            this(host, port, null, List.of(), DEFAULT_CHAT_RATE, false);
        }
    }

    /** Chats per minute per client: several times what a person types, far below what a script sends. */
    public static final int DEFAULT_CHAT_RATE = 20;

    /** One effective value and where it came from, for the start-up log. */
    public record Setting(String key, String env, String value, String source, boolean secret) {
        public String shown() {
            return secret && value != null && !value.isEmpty() ? "****" : redacted(value);
        }
    }

    /** A value with any password in it masked: {@code password=…} parameters and {@code user:password@} in URLs. */
    public static String redacted(String value) {
        if (value == null) return null;
        return value.replaceAll("(?i)(password=)[^&;\\s]*", "$1****").replaceAll("(://[^/:@\\s]+:)[^@/\\s]*@", "$1****@");
    }

    public static final int MAX_K = 32;
    public static final String DEFAULT_FILE = "measuresqa.properties";

    private record Key(String name, String env, String fallback, boolean secret) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("store.path", "STORE_PATH", "data/measures.db", false),
            new Key("corpus.path", "CORPUS_PATH", "corpus/measures.txt", false),
            new Key("web.host", "HOST", "0.0.0.0", false),
            new Key("web.port", "PORT", "7070", false),
            new Key("web.authToken", "AUTH_TOKEN", "", true),
            new Key("web.allowedOrigins", "ALLOWED_ORIGINS", "", false),
            new Key("web.chatRateLimitPerMinute", "CHAT_RATE_LIMIT_PER_MINUTE", Integer.toString(DEFAULT_CHAT_RATE), false),
            new Key("web.trustProxy", "TRUST_PROXY", "false", false),
            new Key("retrieval.queryInstruction", "QUERY_INSTRUCTION", "false", false),
            new Key("retrieval.denseWeight", "DENSE_WEIGHT", "1.0", false),
            new Key("retrieval.lexicalWeight", "LEXICAL_WEIGHT", "1.0", false),
            new Key("retrieval.k", "RETRIEVAL_K", "5", false),
            new Key("answers.answerer", "ANSWERER", "auto", false),
            new Key("answers.prompts", "PROMPTS_PATH", "prompts", false),
            new Key("ollama.baseUrl", "OLLAMA_BASE_URL", "http://localhost:11434", false),
            new Key("ollama.model", "OLLAMA_MODEL", "qwen2.5:7b-instruct", false),
            new Key("ollama.logRequests", "OLLAMA_LOG_REQUESTS", "false", false),
            new Key("openai.baseUrl", "OPENAI_BASE_URL", "", false),
            new Key("openai.model", "OPENAI_MODEL", "", false),
            new Key("openai.apiKey", "OPENAI_API_KEY", "", true),
            new Key("model.firstTokenSeconds", "LLM_FIRST_TOKEN_SECONDS", "15", false),
            new Key("model.betweenTokensSeconds", "LLM_BETWEEN_TOKENS_SECONDS", "5", false),
            new Key("model.totalSeconds", "LLM_TOTAL_SECONDS", "90", false),
            new Key("model.maxConcurrency", "LLM_MAX_CONCURRENCY", "1", false),
            new Key("model.keepAlive", "LLM_KEEP_ALIVE", "30m", false),
            new Key("model.loadTimeoutSeconds", "LLM_LOAD_TIMEOUT_SECONDS", "300", false),
            new Key("database.url", "DATABASE_URL", "", false),
            new Key("database.poolSize", "DATABASE_POOL_SIZE", "10", false),
            new Key("database.connectTimeoutSeconds", "DATABASE_CONNECT_TIMEOUT_SECONDS", "2", false));

    /** Settings that were renamed: naming one is an error that says the new name, not a silently ignored value. */
    private static final Map<String, String> RENAMED = Map.of(
            "OLLAMA_FIRST_TOKEN_SECONDS", "LLM_FIRST_TOKEN_SECONDS",
            "OLLAMA_TIMEOUT_SECONDS", "LLM_TOTAL_SECONDS");

    /**
     * @param env  the environment (pass {@code System.getenv()}; tests pass a map)
     * @param file a properties file, or null; a named file that does not exist is an error
     */
    public static Config load(Map<String, String> env, Path file) {
        Properties props = new Properties();
        String fileName = null;
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new ConfigException("The configuration file " + file + " does not exist");
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                throw new ConfigException("Cannot read the configuration file " + file + ": " + e.getMessage());
            }
            fileName = file.toString();
        }
        for (var renamed : RENAMED.entrySet()) {
            if (env.containsKey(renamed.getKey())) {
                throw new ConfigException(renamed.getKey() + " was renamed to " + renamed.getValue()
                        + " (it now applies to every model server); set that instead");
            }
        }
        Map<String, Setting> effective = new LinkedHashMap<>();
        for (Key key : KEYS) {
            String value = key.fallback;
            String source = "default";
            if (props.containsKey(key.name)) {
                value = props.getProperty(key.name).trim();
                source = fileName;
            }
            String fromEnv = env.get(key.env);
            if (fromEnv != null && !fromEnv.isBlank()) {
                value = fromEnv.trim();
                source = "env " + key.env;
            }
            effective.put(key.name, new Setting(key.name, key.env, value, source, key.secret));
        }
        Values v = new Values(effective);
        RetrievalSettings defaults = RetrievalSettings.defaults();
        RetrievalSettings settings;
        try {
            settings = defaults.withWeights(v.decimal("retrieval.denseWeight"), v.decimal("retrieval.lexicalWeight"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("retrieval weights (DENSE_WEIGHT, LEXICAL_WEIGHT): " + e.getMessage());
        }
        return new Config(
                new Store(Path.of(v.text("store.path"))),
                new Corpus(Path.of(v.text("corpus.path"))),
                new Retrieval(v.bool("retrieval.queryInstruction"), settings, v.integer("retrieval.k")),
                new Web(v.text("web.host"), v.integer("web.port"), v.text("web.authToken"),
                        java.util.Arrays.stream(v.text("web.allowedOrigins").split(",")).map(String::trim).filter(o -> !o.isEmpty())
                                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).toList(),
                        v.integer("web.chatRateLimitPerMinute"), v.bool("web.trustProxy")),
                new Answers(v.choice("answers.answerer"), Path.of(v.text("answers.prompts"))),
                new Ollama(trimSlash(v.text("ollama.baseUrl")), v.text("ollama.model"), v.bool("ollama.logRequests")),
                new OpenAi(trimSlash(v.text("openai.baseUrl")), v.text("openai.model"), v.text("openai.apiKey")),
                new Model(v.seconds("model.firstTokenSeconds"), v.seconds("model.betweenTokensSeconds"), v.seconds("model.totalSeconds"),
                        v.integer("model.maxConcurrency"), v.keepAlive("model.keepAlive"), v.seconds("model.loadTimeoutSeconds")),
                new Database(v.text("database.url"), v.integer("database.poolSize"), v.seconds("database.connectTimeoutSeconds")),
                Map.copyOf(effective));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The configuration file to read when none is named: {@code measuresqa.properties} in the working folder, if any. */
    public static Path defaultFile(Map<String, String> env) {
        String named = env.get("CONFIG_FILE");
        if (named != null && !named.isBlank()) return Path.of(named);
        Path local = Path.of(DEFAULT_FILE);
        return Files.isRegularFile(local) ? local : null;
    }

    /** One line per setting, secrets masked: for the start-up log. */
    public List<String> describe() {
        return effective.values().stream()
                .sorted(java.util.Comparator.comparing(Setting::key))
                .map(s -> s.key() + " = " + s.shown() + " (" + s.source() + ")")
                .toList();
    }

    private record Values(Map<String, Setting> settings) {
        String text(String key) {
            return settings.get(key).value();
        }

        int integer(String key) {
            try {
                return Integer.parseInt(text(key));
            } catch (NumberFormatException e) {
                throw invalid(key, "a whole number");
            }
        }

        double decimal(String key) {
            try {
                return Double.parseDouble(text(key));
            } catch (NumberFormatException e) {
                throw invalid(key, "a number");
            }
        }

        java.time.Duration seconds(String key) {
            return java.time.Duration.ofMillis(Math.round(decimal(key) * 1000));
        }

        /** Ollama's forms: seconds ({@code 1800}), a number with s, m or h ({@code 30m}), or a negative number (forever). */
        java.time.Duration keepAlive(String key) {
            var m = java.util.regex.Pattern.compile("(-?\\d+)([smh]?)").matcher(text(key));
            if (!m.matches()) throw invalid(key, "a duration such as 300, 30m or 2h, or -1 to keep the model loaded");
            long n = Long.parseLong(m.group(1));
            if (n < 0) return java.time.Duration.ofSeconds(-1);
            return switch (m.group(2)) {
                case "m" -> java.time.Duration.ofMinutes(n);
                case "h" -> java.time.Duration.ofHours(n);
                default -> java.time.Duration.ofSeconds(n);
            };
        }

        boolean bool(String key) {
            String value = text(key).toLowerCase(java.util.Locale.ROOT);
            if (List.of("true", "yes", "1", "on").contains(value)) return true;
            if (List.of("false", "no", "0", "off").contains(value)) return false;
            throw invalid(key, "true or false");
        }

        AnswererChoice choice(String key) {
            try {
                return AnswererChoice.valueOf(text(key).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid(key, "auto, extractive, ollama or openai");
            }
        }

        private ConfigException invalid(String key, String expected) {
            Setting s = settings.get(key);
            return new ConfigException(key + " (" + s.env() + ") must be " + expected + ", was \"" + s.value()
                    + "\" from " + s.source());
        }
    }
}
