package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;
import org.sonatype.plexus.build.incremental.ThreadBuildContext;

class IdeMarkersTest {

    private static final Report REPORT = new Report("0.1.0", "maven", 3, List.of(
            new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile", null, "Docker file in the root",
                    "deploy/docker/Dockerfile", null),
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/shop/domain/Order.java", 7,
                    "imports infrastructure", null, "shop.infrastructure.Db"),
            new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null, "14 files", null, null)),
            Map.of(), 0, 1);

    private final List<String> calls = new ArrayList<>();

    @Test
    void marksEachViolatingFileWithItsLineAndSeverity(@TempDir Path project) throws Exception {
        Path output = project.resolve("target/layout");

        new IdeMarkers(recording(project)).publish(REPORT, project, output);

        assertEquals(List.of("remove Dockerfile", "remove .", "remove src/main/java/shop/domain/Order.java",
                "add Dockerfile:0 error [root-prohibited] Docker file in the root (fix: deploy/docker/Dockerfile)",
                "add .:0 warning [root-file-count] 14 files",
                "add src/main/java/shop/domain/Order.java:7 error [layer-dependency] imports infrastructure"),
                calls);
        assertEquals(List.of("Dockerfile", ".", "src/main/java/shop/domain/Order.java"),
                Files.readAllLines(output.resolve(IdeMarkers.STATE_FILE)));
    }

    @Test
    void removesTheMarkersOfFilesThatNoLongerViolate(@TempDir Path project) throws Exception {
        Path output = project.resolve("target/layout");
        new IdeMarkers(recording(project)).publish(REPORT, project, output);
        calls.clear();

        new IdeMarkers(recording(project)).publish(new Report("0.1.0", "maven", 3, List.of(), Map.of(), 0, 1),
                project, output);

        assertEquals(List.of("remove Dockerfile", "remove .", "remove src/main/java/shop/domain/Order.java"), calls);
        assertEquals(List.of(), Files.readAllLines(output.resolve(IdeMarkers.STATE_FILE)));
    }

    @Test
    void doesNothingInPlainMavenRuns(@TempDir Path project) throws Exception {
        IdeMarkers markers = new IdeMarkers(new DefaultBuildContext());

        markers.publish(REPORT, project, project.resolve("target/layout"));

        assertFalse(markers.active());
        assertFalse(Files.exists(project.resolve("target/layout")));
        assertFalse(new IdeMarkers(null).active());
        assertFalse(new IdeMarkers(new ThreadBuildContext()).active());
    }

    @Test
    void followsTheThreadsContextAsM2eSetsIt(@TempDir Path project) {
        ThreadBuildContext.setThreadBuildContext(recording(project));
        try {
            assertTrue(new IdeMarkers(new ThreadBuildContext()).active());
        } finally {
            ThreadBuildContext.setThreadBuildContext(null);
        }
    }

    /** A build context like m2e's, recording what it is asked to do, with paths relative to the project. */
    private BuildContext recording(Path project) {
        return (BuildContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BuildContext.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "removeMessages" -> calls.add("remove " + relative(project, (File) arguments[0]));
                        case "addMessage" -> calls.add("add " + relative(project, (File) arguments[0]) + ":"
                                + arguments[1] + " " + ((int) arguments[4] == BuildContext.SEVERITY_ERROR ? "error"
                                        : "warning") + " " + arguments[3]);
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
    }

    private static String relative(Path project, File file) {
        String relative = project.relativize(file.toPath()).toString();
        return relative.isEmpty() ? "." : relative;
    }
}
