package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageDirectoriesTest {

    @Test
    void listsThePackagesOfEveryRootFromItsDirectoriesAlone(@TempDir Path module) throws Exception {
        Files.createDirectories(module.resolve("src/main/java/com/acme/shop/domain"));
        Files.createDirectories(module.resolve("src/main/kotlin/com/acme/shop/application"));
        Files.writeString(module.resolve("src/main/java/com/acme/shop/domain/Order.java"), "");

        assertEquals(List.of("com", "com.acme", "com.acme.shop", "com.acme.shop.application", "com.acme.shop.domain"),
                PackageDirectories.of(List.of(module.resolve("src/main/java"), module.resolve("src/main/kotlin"))));
    }

    @Test
    void leavesOutDirectoriesThatAreNoPackagesAndRootsThatAreAbsent(@TempDir Path module) throws Exception {
        Files.createDirectories(module.resolve("src/main/java/com/acme/META-INF"));
        Files.createDirectories(module.resolve("src/main/java/com/acme/.cache"));

        assertEquals(List.of("com", "com.acme"), PackageDirectories.of(List.of(module.resolve("src/main/java"),
                module.resolve("src/main/groovy"))));
    }

    @Test
    void followsNoLink(@TempDir Path module) throws Exception {
        Path root = Files.createDirectories(module.resolve("src/main/java/com/acme"));
        Files.createSymbolicLink(root.resolve("loop"), module.resolve("src/main/java"));

        assertEquals(List.of("com", "com.acme"), PackageDirectories.of(List.of(module.resolve("src/main/java"))));
    }
}
