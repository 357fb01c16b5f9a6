package dev.layoutguard.application.settings;

/**
 * A parameter whose value cannot be used. Every message has one of two forms: {@code Invalid value 'X' for parameter
 * 'tests.roots': <reason>} for one bad value, {@code Invalid parameter 'layers.definitions': <reason>} for values that
 * are only wrong together or an element that is missing.
 */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    SettingsException(Setting setting, String value, String reason) {
        super("Invalid value '" + (value == null ? "" : value.trim()) + "' for parameter " + setting + ": " + reason);
        this.parameter = setting.name();
    }

    SettingsException(Setting setting, String reason) {
        super("Invalid parameter " + setting + ": " + reason);
        this.parameter = setting.name();
    }

    /** The name of the parameter at fault ({@code tests.roots}). */
    public String parameter() {
        return parameter;
    }
}
