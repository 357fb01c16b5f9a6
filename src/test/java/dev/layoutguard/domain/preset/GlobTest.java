package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void aPatternWithoutSlashMatchesTheName() {
        Glob glob = Glob.of("*.log");

        assertTrue(glob.matches("server.log"));
        assertTrue(glob.matches("storage/logs/server.log"));
        assertFalse(glob.matches("server.log.gz"));
    }

    @Test
    void aPatternWithSlashMatchesTheWholePath() {
        Glob glob = Glob.of("deploy/**");

        assertTrue(glob.matches("deploy/docker/Dockerfile"));
        assertFalse(glob.matches("src/deploy/x"));
    }

    @Test
    void bracesAndClassesWork() {
        assertTrue(Glob.of("*Test.{java,kt}").matches("OrderTest.kt"));
        assertTrue(Glob.of("file[0-9].txt").matches("file7.txt"));
        assertFalse(Glob.of("file[0-9].txt").matches("filex.txt"));
    }

    @Test
    void oddNamesMatchLiterally() {
        assertTrue(Glob.of("C:*").matches("C:\\Windows\\sam"));
        assertTrue(Glob.of("with space.txt").matches("with space.txt"));
    }

    @Test
    void anInvalidGlobIsRejectedNamingIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Glob.of("src/{a,b"));

        assertTrue(error.getMessage().startsWith("invalid glob 'src/{a,b'"), error.getMessage());
    }

    @Test
    void anEmptyGlobIsRejected() {
        assertEquals("empty glob", assertThrows(IllegalArgumentException.class, () -> Glob.of(" ")).getMessage());
    }

    @Test
    void aNameNoPathCanHoldIsStillMatched() {
        // a NUL is no name any platform takes, like a non-ASCII name under a POSIX locale: the glob still applies
        assertTrue(Glob.of("*_GUIDE.md").matches("a\u0000_GUIDE.md"));
        assertFalse(Glob.of("*.properties").matches("src/a\u0000.yaml"));
        assertFalse(Glob.of("config/*.properties").matches("src/a\u0000.properties"));
        assertTrue(Glob.of("**/*.properties").matches("src/a\u0000.properties"));
    }
}
