package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLogTest {

    private static final String HOSTILE = "x\n::stop-commands::t\ny\u001b[2J_GUIDE.md";

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    @Test
    void theConsoleCharsetIsTheFirstThisJavaNamesAndUtf8WhenUnknown() {
        System.setProperty("layoutguard.test.ascii", "ANSI_X3.4-1968");
        System.setProperty("layoutguard.test.unknown", "no-such-charset");
        try {
            assertEquals(StandardCharsets.US_ASCII,
                    ConsoleLog.console(List.of("layoutguard.test.none", "layoutguard.test.ascii", "file.encoding")));
            assertEquals(StandardCharsets.UTF_8, ConsoleLog.console(List.of("layoutguard.test.unknown")));
            assertEquals(StandardCharsets.UTF_8, ConsoleLog.console(List.of("layoutguard.test.none")));
        } finally {
            System.clearProperty("layoutguard.test.ascii");
            System.clearProperty("layoutguard.test.unknown");
        }
    }

    @Test
    void everyMessageReachesMavensLogAsOneLineWithEscapesVisible() {
        Log log = ConsoleLog.of(recording());

        log.error("/p/" + HOSTILE + " [root-allowlist] not allowed");
        log.warn("tab\there");
        log.info("plain");

        assertEquals(List.of("/p/x\\n::stop-commands::t\\ny\\u001b[2J_GUIDE.md [root-allowlist] not allowed",
                "tab\\there", "plain"), lines);
    }

    @Test
    void aFileNamedToSpoofWorkflowCommandsCannotStartAConsoleLine() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.writeString(dir.resolve(HOSTILE), "guide\n");
        CheckRootMojo mojo = mojo(dir.resolve("out\n::error::spoofed"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(lines.stream().anyMatch(line -> line.contains("x\\n::stop-commands::t\\ny\\u001b[2J_GUIDE.md")),
                String.join("\n", lines));
        for (String line : lines) {
            assertTrue(line.chars().noneMatch(Character::isISOControl), line);
        }
        assertEquals("LayoutGuard found 1 layout error; see the lines above or " + dir
                + "/out\\n::error::spoofed/report.json", failure.getMessage());
    }

    private CheckRootMojo mojo(Path output) {
        CheckRootMojo mojo = new CheckRootMojo();
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        project.setExecutionRoot(true);
        mojo.project = project;
        mojo.preset = "maven";
        mojo.failOnViolation = true;
        mojo.formats = "json";
        mojo.outputDirectory = output.toFile();
        mojo.respectGitignore = true;
        mojo.environment = Map.<String, String>of()::get;
        mojo.setLog(recording());
        return mojo;
    }

    /** A log that keeps each message it is given. */
    private Log recording() {
        return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    if (arguments != null && arguments[0] instanceof CharSequence text) {
                        lines.add(text.toString());
                    }
                    return null;
                });
    }
}
