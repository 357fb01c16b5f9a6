package dev.layoutguard.presentation.cli;

import dev.layoutguard.presentation.Console;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * What a command line run prints to and reads from: standard output (the goals' lines), standard error (why a run
 * could not be made), the environment ({@code GITHUB_ACTIONS}) and the version reports carry.
 */
record Terminal(PrintStream out, PrintStream err, Function<String, String> environment, String version) {

    /** The goals' lines, level in front. */
    Console console() {
        return new TerminalConsole(out);
    }
}
