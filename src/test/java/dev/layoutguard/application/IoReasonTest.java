package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoReasonTest {

    @Test
    void namesTheReasonTheJdkLeavesToTheExceptionsType() {
        assertEquals("permission denied: /p/target/layout",
                IoReason.of(new AccessDeniedException("/p/target/layout")));
        assertEquals("no such file or directory: /p/a -> /p/docs/a",
                IoReason.of(new NoSuchFileException("/p/a", "/p/docs/a", null)));
    }

    @Test
    void keepsTheSystemsOwnWordsWhenItGaveSome() {
        assertEquals("read-only file system: /p/target/layout/report.json",
                IoReason.of(new FileSystemException("/p/target/layout/report.json", null, "Read-only file system")));
    }

    @Test
    void keepsTheMessageOfOtherFailures() {
        assertEquals("disk full", IoReason.of(new IOException("disk full")));
        assertEquals("I/O error", IoReason.of(new IOException()));
    }
}
