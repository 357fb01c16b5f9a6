package dev.layoutguard.presentation;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;
import org.sonatype.plexus.build.incremental.ThreadBuildContext;

/**
 * Puts each violation on its file as a problem marker in Eclipse, through the build context m2e injects. Markers of
 * files that no longer violate anything are removed, so the paths marked last time are kept in
 * {@value #STATE_FILE} in the output directory. Plain Maven runs get the API's default context, which would only log
 * the violations a second time, so nothing happens there.
 */
final class IdeMarkers {

    /** The paths marked by the last run, one per line. */
    static final String STATE_FILE = "ide-markers.txt";

    private final BuildContext context;

    IdeMarkers(BuildContext context) {
        this.context = context;
    }

    /** Whether an IDE's build context is in force. */
    boolean active() {
        if (context == null) {
            return false;
        }
        BuildContext effective = context instanceof ThreadBuildContext ? ThreadBuildContext.getContext() : context;
        return effective != null && !(effective instanceof DefaultBuildContext);
    }

    /** Replaces the markers of the last run with markers for this report's violations. */
    void publish(Report report, Path projectDirectory, Path outputDirectory) throws IOException {
        if (!active()) {
            return;
        }
        Path state = outputDirectory.resolve(STATE_FILE);
        Set<String> paths = new LinkedHashSet<>();
        if (Files.isRegularFile(state)) {
            paths.addAll(Files.readAllLines(state, StandardCharsets.UTF_8));
        }
        List<String> marked = new ArrayList<>();
        report.violations().forEach(violation -> marked.add(violation.path()));
        paths.addAll(marked);
        for (String path : paths) {
            if (!path.isBlank()) {
                context.removeMessages(file(projectDirectory, path));
            }
        }
        for (Violation violation : report.violations()) {
            context.addMessage(file(projectDirectory, violation.path()), violation.line() == null ? 0 : violation.line(),
                    0, text(violation), violation.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR
                            : BuildContext.SEVERITY_WARNING, null);
        }
        Files.createDirectories(outputDirectory);
        Files.write(state, new LinkedHashSet<>(marked), StandardCharsets.UTF_8);
    }

    private static File file(Path projectDirectory, String path) {
        return (path.equals(".") ? projectDirectory : Wiring.path(projectDirectory, path)).toFile();
    }

    private static String text(Violation violation) {
        return "[" + violation.rule().id() + "] " + violation.message()
                + (violation.fix() == null ? "" : " (fix: " + violation.fix() + ")");
    }
}
