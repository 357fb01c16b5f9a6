package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplacementTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileWithItsDirectoryAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("target/layout/report.json");

        FileReplacement.write(file, out -> out.write("{}\n"));

        assertEquals("{}\n", Files.readString(file));
        assertEquals(List.of("report.json"), names(file.getParent()));
    }

    @Test
    void writesThroughATemporaryFileBesideTheTargetThatOnlyItsOwnerCanReadUntilItIsComplete() throws IOException {
        Path file = dir.resolve("report.json");
        List<String> seen = new ArrayList<>();

        FileReplacement.write(file, out -> {
            try (Stream<Path> beside = Files.list(dir)) {
                for (Path temporary : beside.toList()) {
                    seen.add(temporary.getFileName().toString().replaceAll("\\.\\d+", ".N") + " "
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(temporary)));
                }
            }
            out.write("{}\n");
        });

        assertEquals(List.of(".report.json.N.N.N.tmp rw-------"), seen);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void refusesALinkAtTheTargetAndNeverWritesWhereItPoints(@TempDir Path outside) throws IOException {
        Path victim = Files.writeString(outside.resolve("victim.txt"), "precious\n");
        Path file = dir.resolve("report.json");
        Files.createSymbolicLink(file, victim);

        IOException e = assertThrows(IOException.class, () -> FileReplacement.write(file, out -> out.write("{}")));

        assertEquals(file + " is a symbolic link; LayoutGuard does not write through links, so remove it or write "
                + "elsewhere", e.getMessage());
        assertEquals("precious\n", Files.readString(victim));
        assertEquals(victim, Files.readSymbolicLink(file));
        assertEquals(List.of("report.json"), names(dir));
    }

    @Test
    void refusesAPipeAtTheTargetAtOnceInsteadOfWaitingForAReader() throws Exception {
        Path file = dir.resolve("report.json");
        assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).start().waitFor());

        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IOException.class, () -> FileReplacement.write(file, out -> out.write("{}"))));

        assertEquals(file + " is a pipe, socket or device, not a regular file; LayoutGuard replaces only regular "
                + "files, so remove it or write elsewhere", e.getMessage());
    }

    @Test
    void refusesADirectoryAtTheTarget() throws IOException {
        Path file = Files.createDirectories(dir.resolve("report.json"));

        IOException e = assertThrows(IOException.class, () -> FileReplacement.write(file, out -> out.write("{}")));

        assertEquals(file + " is a directory, not a regular file; LayoutGuard replaces only regular files, so remove "
                + "it or write elsewhere", e.getMessage());
    }

    @Test
    void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path created = dir.resolve("new.json");
        Path kept = Files.writeString(dir.resolve("kept.json"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

        FileReplacement.write(created, out -> out.write("new"));
        FileReplacement.write(kept, out -> out.write("new"));

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("new", Files.readString(kept, StandardCharsets.UTF_8));
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("report.json"), "old\n");

        IOException e = assertThrows(IOException.class, () -> FileReplacement.write(file, out -> {
            out.write("half");
            throw new IOException("disk full");
        }));

        assertEquals("disk full", e.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of("report.json"), names(dir));
    }

    @Test
    void aDirectoryThatCannotBeMadeIsNamedWithTheReason() throws IOException {
        Files.writeString(dir.resolve("target"), "a file where the directory should be");

        IOException e = assertThrows(IOException.class,
                () -> FileReplacement.write(dir.resolve("target/layout/report.json"), out -> out.write("{}")));

        assertEquals(dir.resolve("target") + " is a file, not a directory", e.getMessage());
        assertEquals(false, Files.isDirectory(dir.resolve("target"), LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
