package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.Console;
import java.io.PrintStream;

/** The terminal, printing each line with the level in front as Maven does, so IDEs and CI link them alike. */
final class TerminalConsole implements Console {

    private final PrintStream out;

    TerminalConsole(PrintStream out) {
        this.out = out;
    }

    @Override
    public void info(String line) {
        out.println("[INFO] " + line);
    }

    @Override
    public void warn(String line) {
        out.println("[WARNING] " + line);
    }

    @Override
    public void error(String line) {
        out.println("[ERROR] " + line);
    }
}
