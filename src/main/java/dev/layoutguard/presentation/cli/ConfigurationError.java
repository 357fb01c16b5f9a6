package dev.layoutguard.presentation.cli;

/** A configuration file that cannot be used: its message names the file, and the key and value where there is one. */
final class ConfigurationError extends Exception {

    private static final long serialVersionUID = 1L;

    ConfigurationError(String message, Throwable cause) {
        super(message, cause);
    }
}
