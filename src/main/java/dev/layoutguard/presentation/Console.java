package dev.layoutguard.presentation;

/** Where a front end prints a goal's lines, at three levels: Maven's log for the plugin, the terminal for the CLI. */
public interface Console {

    void info(String line);

    void warn(String line);

    void error(String line);
}
