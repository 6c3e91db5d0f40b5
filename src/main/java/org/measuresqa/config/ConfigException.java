package org.measuresqa.config;

/** A configuration value is missing or malformed; the message names the key and where the value came from. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
