package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckLayersMojoTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void closesWithTheSummaryAndAHealthLineThatSaysSomethingAndNoHintWhenClean() throws Exception {
        write("pom.xml", "<project/>\n");
        write("src/main/java/com/acme/domain/Order.java", "package com.acme.domain;\npublic class Order {}\n");
        write("src/main/java/com/acme/application/Orders.java", "package com.acme.application;\n"
                + "import com.acme.domain.Order;\npublic class Orders {}\n");
        write("src/main/java/com/acme/infrastructure/Rows.java", "package com.acme.infrastructure;\n");
        write("src/main/java/com/acme/presentation/Screen.java", "package com.acme.presentation;\n");

        mojo().execute();

        assertEquals(List.of("[INFO] 0 errors, 0 warnings, 0 baselined in 5 files, ",
                "[INFO] Layout health: 4 of 4 sources in layers"),
                log.subList(log.size() - 2, log.size()).stream().map(line -> line.replaceAll("\\d+ ms$", ""))
                        .toList());
    }

    @Test
    void givesADirectionItsOwnAdviceAndClosesWithAWholeSentence() throws Exception {
        write("pom.xml", "<project/>\n");
        write("src/main/java/com/acme/domain/Order.java", "package com.acme.domain;\n"
                + "import com.acme.presentation.Screen;\npublic class Order {}\n");
        write("src/main/java/com/acme/presentation/Screen.java", "package com.acme.presentation;\n"
                + "public class Screen {}\n");

        assertThrows(MojoFailureException.class, () -> mojo().execute());

        String order = dir.resolve("src/main/java/com/acme/domain/Order.java").toString();
        assertEquals(List.of("[ERROR] " + order + ":[2,1] [layer-dependency] domain imports presentation "
                + "(com.acme.presentation.Screen); domain may use only shared; presentation calls domain, not the other "
                + "way: move what domain needs into domain, and let presentation pass in the rest"),
                log.stream().filter(line -> line.contains("[layer-dependency]")).toList());
        assertEquals("[ERROR] Run mvn layout:explain -Dlayout.rule=<rule-id> to read what a rule asks, why, and how "
                + "to fix what it flags.", log.get(log.size() - 1));
    }

    private CheckLayersMojo mojo() {
        CheckLayersMojo mojo = new CheckLayersMojo();
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        project.getBuild().setSourceDirectory(dir.resolve("src/main/java").toString());
        project.setExecutionRoot(true);
        mojo.project = project;
        mojo.preset = "maven";
        mojo.failOnViolation = true;
        mojo.formats = "";
        mojo.outputDirectory = dir.resolve("target/layout").toFile();
        mojo.respectGitignore = true;
        mojo.setLog(new RecordingLog(log));
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
