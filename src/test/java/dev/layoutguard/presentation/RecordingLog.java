package dev.layoutguard.presentation;

import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Keeps every line the Mojo logs, prefixed with its level as Maven prints it. */
record RecordingLog(List<String> lines) implements Log {

    private void add(String level, CharSequence text, Throwable error) {
        lines.add("[" + level + "] " + (text == null ? "" : text) + (error == null ? "" : " " + error));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence text) {
        add("DEBUG", text, null);
    }

    @Override
    public void debug(CharSequence text, Throwable error) {
        add("DEBUG", text, error);
    }

    @Override
    public void debug(Throwable error) {
        add("DEBUG", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence text) {
        add("INFO", text, null);
    }

    @Override
    public void info(CharSequence text, Throwable error) {
        add("INFO", text, error);
    }

    @Override
    public void info(Throwable error) {
        add("INFO", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence text) {
        add("WARNING", text, null);
    }

    @Override
    public void warn(CharSequence text, Throwable error) {
        add("WARNING", text, error);
    }

    @Override
    public void warn(Throwable error) {
        add("WARNING", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence text) {
        add("ERROR", text, null);
    }

    @Override
    public void error(CharSequence text, Throwable error) {
        add("ERROR", text, error);
    }

    @Override
    public void error(Throwable error) {
        add("ERROR", null, error);
    }
}
