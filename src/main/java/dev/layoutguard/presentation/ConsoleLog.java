package dev.layoutguard.presentation;

import dev.layoutguard.application.ConsoleText;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with every message made one safe console line ({@link ConsoleText#line}): the goals print file names,
 * and a name holding a line break or an escape code must not start a line of its own or drive the terminal.
 */
final class ConsoleLog implements Log {

    private final Log log;

    ConsoleLog(Log log) {
        this.log = log;
    }

    /** The log, made safe unless it already is. */
    static Log of(Log log) {
        return log instanceof ConsoleLog ? log : new ConsoleLog(log);
    }

    private static CharSequence safe(CharSequence text) {
        return ConsoleText.line(text);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(safe(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(safe(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(safe(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(safe(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(safe(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(safe(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(safe(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(safe(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
