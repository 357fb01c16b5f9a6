package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Selection;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.presentation.Commands;
import dev.layoutguard.presentation.Console;
import dev.layoutguard.presentation.ReportOutput;
import dev.layoutguard.presentation.Wiring;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Keeps checking while files change, through the JDK's WatchService: the first check prints every violation, each
 * later one only what appeared and what was fixed, in the console format IDEs link. Files are read again only when
 * they changed. Ctrl-C ends it.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Keeps checking while files change: prints every violation once, then only what appeared and "
                + "what was fixed. Ctrl-C ends it.")
final class WatchCommand implements Callable<Integer> {

    /** How long a burst of file events may go on before the check runs, so that one save is one check. */
    private static final long QUIET_MILLIS = 150;

    @Mixin
    ProjectOptions project;

    @Option(names = "--checks", paramLabel = "N", hidden = true,
            description = "Stops after N checks (for scripts and tests); 0 watches until Ctrl-C.")
    int checks;

    private final Terminal terminal;

    WatchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ProjectConfiguration configuration = project.configuration();
        Settings settings = project.settings(configuration);
        Console console = terminal.console();
        LayoutSession run = Wiring.repeatedSession(settings, terminal.version(), Commands.CLI);
        Selection selection = run.selection(EnumSet.allOf(RuleFamily.class));
        Path directory = settings.build().directory();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Thread closer = new Thread(() -> close(watcher, console));
            Runtime.getRuntime().addShutdownHook(closer);
            try {
                register(watcher, directory, settings);
                LayoutSession.Outcome outcome = run.check(selection);
                ReportOutput output = new ReportOutput(settings, terminal.version(), console,
                        terminal.environment(), Commands.CLI);
                output.announce(outcome);
                output.publish(outcome);
                console.info("Watching " + directory + " (Ctrl-C ends)");
                Map<String, Violation> shown = lines(outcome, directory);
                for (int done = 1; checks == 0 || done < checks; done++) {
                    if (!awaitChange(watcher, settings)) {
                        break;
                    }
                    outcome = run.check(selection);
                    shown = differences(shown, lines(outcome, directory), outcome, console);
                }
            } finally {
                removeHook(closer);
            }
        } catch (ClosedWatchServiceException e) {
            // Ctrl-C closed it
        }
        return LayoutGuardCommand.PASSED;
    }

    /** The violations by the line the console prints for each. */
    private static Map<String, Violation> lines(LayoutSession.Outcome outcome, Path directory) {
        Map<String, Violation> lines = new LinkedHashMap<>();
        outcome.report().violations().forEach(violation -> lines.put(ReportOutput.line(violation, directory),
                violation));
        return lines;
    }

    /** Prints what appeared and what was fixed since the last check, and a count; returns what is shown now. */
    private static Map<String, Violation> differences(Map<String, Violation> before, Map<String, Violation> now,
            LayoutSession.Outcome outcome, Console console) {
        int appeared = 0;
        int fixed = 0;
        for (Map.Entry<String, Violation> line : now.entrySet()) {
            if (!before.containsKey(line.getKey())) {
                appeared++;
                if (line.getValue().severity() == Severity.ERROR) {
                    console.error(line.getKey());
                } else {
                    console.warn(line.getKey());
                }
            }
        }
        for (String line : before.keySet()) {
            if (!now.containsKey(line)) {
                fixed++;
                console.info("fixed: " + line);
            }
        }
        if (appeared + fixed > 0) {
            console.info(appeared + " appeared, " + fixed + " fixed; now " + ReportOutput.plural(
                    outcome.report().errors(), "error") + ", " + ReportOutput.plural(outcome.report().warnings(),
                    "warning"));
        }
        return now;
    }

    /**
     * Waits for a change outside git's and the build's directories and for the burst it belongs to to end,
     * registering directories that appear; false when the watch service was closed or the thread interrupted.
     */
    private static boolean awaitChange(WatchService watcher, Settings settings) throws IOException {
        try {
            boolean changed = false;
            WatchKey key = watcher.take();
            while (key != null || !changed) {
                if (key != null) {
                    Path parent = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && !skipped(parent.resolve(name), settings)) {
                            changed = true;
                            if (Files.isDirectory(parent.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                                register(watcher, parent.resolve(name), settings);
                            }
                        }
                    }
                    key.reset();
                }
                key = changed ? watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : watcher.take();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a path lies where no change matters: git's directory, the build's, the reports'. */
    private static boolean skipped(Path path, Settings settings) {
        return path.getFileName() != null && path.getFileName().toString().equals(".git")
                || path.startsWith(settings.build().buildDirectory()) || path.startsWith(settings.outputDirectory());
    }

    /** Watches a directory and every directory below it, but git's own and the build's. */
    private static void register(WatchService watcher, Path start, Settings settings) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (skipped(dir, settings)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void close(WatchService watcher, Console console) {
        try {
            watcher.close();
            console.info("Watch ended");
        } catch (IOException e) {
            // ending anyway
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }
}
