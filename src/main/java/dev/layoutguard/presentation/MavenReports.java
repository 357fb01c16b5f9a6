package dev.layoutguard.presentation;

import dev.layoutguard.application.AggregateReport;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;
import org.sonatype.plexus.build.incremental.BuildContext;

/** What only a Maven build leaves behind after a check: the reactor's aggregate report and IDE markers. */
final class MavenReports {

    private static final String HINT_KEY = ReportOutput.class.getName() + ".hint.";
    private static final String SUMMARY_KEY = MavenReports.class.getName() + ".summaryStart";

    private final Settings settings;
    private final Log log;
    private final BuildContext buildContext;
    private final MavenSession session;
    private final MavenProject project;
    private final Function<String, String> environment;

    MavenReports(Settings settings, Log log, BuildContext buildContext, MavenSession session, MavenProject project,
            Function<String, String> environment) {
        this.settings = settings;
        this.log = log;
        this.buildContext = buildContext;
        this.session = session;
        this.project = project;
        this.environment = environment;
    }

    /** Whether the build is a reactor of several modules, whose reports are aggregated at the execution root. */
    static boolean reactor(MavenSession session) {
        return session != null && session.getProjects().size() > 1;
    }

    /** Adds the report to the reactor's aggregate and puts its violations on their files in the IDE. */
    void publish(Report report) throws IOException {
        try {
            aggregate(report);
            new IdeMarkers(buildContext).publish(report, settings.build().directory(), settings.outputDirectory());
        } catch (IOException e) {
            throw new IOException(ReportOutput.cannotWrite(settings, e), e);
        }
    }

    /** Writes the aggregate's job summary over the one this build wrote before, keeping where it starts. */
    private void summarize(Report aggregate, String title, Path root) {
        SessionData data = session.getRepositorySession().getData();
        Object before = data.get(SUMMARY_KEY);
        long start = ReportOutput.summarize(environment, log::warn, aggregate, title, root, root,
                before instanceof Long from ? from : -1);
        data.set(SUMMARY_KEY, start);
    }

    /**
     * Of the hints a report gives, those an earlier module of the build has printed already; the others count as
     * printed from now on, so that a reactor closes with each hint once, not once per module. The session keeps them
     * under JDK keys and values, which every plugin realm shares.
     */
    static Set<String> shownBefore(MavenSession session, Set<String> hints) {
        Set<String> shown = new HashSet<>();
        if (session == null || session.getRepositorySession() == null) {
            return shown;
        }
        SessionData data = session.getRepositorySession().getData();
        for (String hint : hints) {
            if (!data.set(HINT_KEY + hint, null, Boolean.TRUE)) {
                shown.add(hint);
            }
        }
        return shown;
    }

    /**
     * In a reactor, adds this module's report to the aggregate at the execution root and rewrites its files and, under
     * GitHub Actions, its one job summary: each module replaces the summary the build appended before, so the step
     * shows the whole reactor once, not once per module.
     */
    private void aggregate(Report report) throws IOException {
        boolean summary = ReportOutput.summarizes(environment);
        if (!reactor(session) || settings.formats().isEmpty() && !summary) {
            return;
        }
        Path directory = settings.build().directory();
        Path root = settings.build().executionRootDirectory();
        if (!directory.startsWith(root)) {
            return;
        }
        MavenProject top = session.getTopLevelProject();
        Path target = (top == null ? root.resolve("target") : Path.of(top.getBuild().getDirectory()))
                .resolve("layout").resolve("aggregate");
        int modules = ReactorAggregate.of(session).add(session.getProjects().indexOf(project),
                new AggregateReport.Part(Build.slashes(root.relativize(directory)), report),
                aggregate -> {
                    ReportOutput.writeAll(aggregate, root, top == null ? null : top.getName(), settings.formats(),
                            target);
                    if (summary) {
                        summarize(aggregate, top == null ? String.valueOf(root.getFileName()) : top.getName(), root);
                    }
                });
        if (settings.formats().isEmpty()) {
            return;
        }
        log.info("LayoutGuard aggregate of " + ReportOutput.plural(modules, "module") + " of "
                + session.getProjects().size() + ": " + target);
    }
}
