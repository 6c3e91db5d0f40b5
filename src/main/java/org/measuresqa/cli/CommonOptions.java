package org.measuresqa.cli;

import java.nio.file.Path;
import java.util.Map;
import org.measuresqa.config.Config;
import picocli.CommandLine.Option;

/** Options every command takes, and how a command gets its configuration. */
abstract class CommonOptions implements EnvAware {

    @Option(names = "--config", paramLabel = "FILE", description = "properties file (default: $CONFIG_FILE, else ./measuresqa.properties if present)")
    Path configFile;

    @Option(names = "--store", paramLabel = "FILE", description = "index file (overrides STORE_PATH)")
    Path storePath;

    Map<String, String> env = System.getenv();

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    Config config() {
        Map<String, String> effective = new java.util.HashMap<>(env);
        if (storePath != null) effective.put("STORE_PATH", storePath.toString());
        return Config.load(effective, configFile != null ? configFile : Config.defaultFile(env));
    }
}
