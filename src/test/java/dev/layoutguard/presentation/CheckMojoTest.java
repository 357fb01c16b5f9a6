package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {

    private static final Path EXAMPLE = Path.of("src/example");
    /** The README's sample output: the block after the sentence that introduces it. */
    private static final Pattern SAMPLE = Pattern.compile("The first command prints[^\\n]*\\n\\n```\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void theReadmesSampleOutputIsWhatTheCheckPrintsForTheExampleProject() throws IOException {
        copyExample();
        CheckMojo mojo = mojo();

        assertThrows(MojoFailureException.class, mojo::execute);

        Matcher sample = SAMPLE.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertEquals(true, sample.find(), "the README quotes the example's output");
        List<String> quoted = sample.group(1).lines().map(CheckMojoTest::normal).toList();
        String version = "LayoutGuard " + version() + ":";
        List<String> printed = log.stream().filter(line -> !line.startsWith("[DEBUG]"))
                .map(line -> normal(line.replace(dir.toString(), "/…/src/example")
                        .replace("LayoutGuard unknown:", version)))
                .toList();
        assertEquals(String.join("\n", quoted), String.join("\n", printed));
    }

    /** The durations differ from run to run. */
    private static String normal(String line) {
        return line.replaceAll(", \\d+ ms$", ", N ms");
    }

    /** The version the README shows: the project's, from the pom. */
    private static String version() throws IOException {
        Matcher version = Pattern.compile("<artifactId>layoutguard-maven-plugin</artifactId>\\s*<version>([^<]+)")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        return version.find() ? version.group(1) : "?";
    }

    /** The example's files, without what a build of it left in target/. */
    private void copyExample() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = EXAMPLE.relativize(file);
                if (!relative.startsWith("target")) {
                    Files.createDirectories(dir.resolve(relative).getParent());
                    Files.copy(file, dir.resolve(relative));
                }
            }
        }
    }

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        project.setPackaging("pom");
        project.setExecutionRoot(true);
        mojo.project = project;
        mojo.preset = "auto";
        mojo.failOnViolation = true;
        mojo.formats = "json";
        mojo.outputDirectory = dir.resolve("target/layout").toFile();
        mojo.respectGitignore = true;
        mojo.setLog(new RecordingLog(log));
        return mojo;
    }
}
