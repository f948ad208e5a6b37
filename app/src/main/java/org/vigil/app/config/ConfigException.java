package org.vigil.app.config;

/** A configuration a user must fix; the message names the file or variable and the key. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
