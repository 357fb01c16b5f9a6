package dev.layoutguard.presentation;

import dev.layoutguard.application.IoReason;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.application.settings.SettingsException;
import dev.layoutguard.domain.RuleFamily;
import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Renders the layout report into the Maven site ({@code mvn site}) as the page {@code layoutguard.html}, with every
 * rule family and the same configuration as {@code check}; it never fails the build. Run on its own
 * ({@code mvn layout:report}) it writes the self-contained HTML report there instead.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractLayoutMojo implements MavenReport {

    /** The site's output directory; the site plugin sets it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    @Override
    protected void run() throws SettingsException, IOException, MojoExecutionException {
        Report report = report();
        File page = new File(reportOutputDirectory, getOutputName() + ".html");
        try {
            ReportOutput.write(report, ReportFormat.HTML, project.getBasedir().toPath(), page.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the report to " + page + ": " + IoReason.of(e), e);
        }
        getLog().info("LayoutGuard report: " + page);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            new SiteReportPage(sink).render(report());
        } catch (SettingsException | IOException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** Checks every family against the baseline, as {@code check} does, without printing or deciding anything. */
    private Report report() throws SettingsException, IOException {
        LayoutSession run = session();
        LayoutSession.Outcome outcome = run.check(run.selection(EnumSet.allOf(RuleFamily.class)));
        output(run.settings()).announce(outcome);
        return outcome.report();
    }

    @Override
    public String getOutputName() {
        return "layoutguard";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return SiteReportPage.NAME;
    }

    @Override
    public String getDescription(Locale locale) {
        return "The repository's layout checked against the " + (preset == null ? "auto" : preset)
                + " preset: root directory, layers, tests and configuration.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
