package dev.layoutguard.presentation;

import dev.layoutguard.application.ConsoleText;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with every message made one safe console line ({@link ConsoleText#line}): the goals print file names,
 * and a name holding a line break or an escape code must not start a line of its own or drive the terminal. A letter
 * the console cannot print (any non-ASCII one under a POSIX locale) is written as an escape too, not as {@code ?}.
 */
final class ConsoleLog implements Log {

    /** The charset standard output prints in, as the running Java names it (17 by its default charset). */
    private static final Charset CONSOLE = console(List.of("stdout.encoding", "sun.stdout.encoding", "file.encoding"));

    private final Log log;

    ConsoleLog(Log log) {
        this.log = log;
    }

    /** The log, made safe unless it already is. */
    static Log of(Log log) {
        return log instanceof ConsoleLog ? log : new ConsoleLog(log);
    }

    private static CharSequence safe(CharSequence text) {
        return ConsoleText.line(text, CONSOLE);
    }

    /** The charset the first of the properties names, UTF-8 when none names one this Java knows. */
    static Charset console(List<String> properties) {
        for (String property : properties) {
            String name = System.getProperty(property);
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
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
