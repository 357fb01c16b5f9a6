package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobSyntaxTest {

    private static final List<String> PATTERNS = List.of("*.log", "deploy/**", "**/*.properties", "*Test.{java,kt}",
            "file[0-9].txt", "file[!0-9].txt", "[-a]x", "[!-a]x", "[a-]x", "x[*?\\\\]", "a\\*b", "a\\{b,c}",
            "{src,test}/**/*.py", "**", "*", "?", "??.md", "*_GUIDE.md", "docs/*/index.md", "a.b", "(x)+$^|",
            "{a,b,}c", "a,b", "a}b", "[^a]", "[a&&b]", "src/main/resources/**", "**/.env*", "*.{yml,yaml}",
            "r\u00e9f\u00e9rences/**", "[\u00e0-\u00ff]*", "\u00dc*");

    private static final List<String> SUBJECTS = List.of("server.log", "deploy/docker/Dockerfile", "deploy",
            "a/b/c.properties", "c.properties", "OrderTest.kt", "OrderTest.java", "OrderTest.", "file7.txt",
            "filex.txt", "file/.txt", "-x", "ax", "bx", "x*", "x?", "x\\", "xa", "a*b", "aab", "a{b,c}", "ab", "src/a/b.py",
            "test/x.py", "src/x.py", "", "a", "ab.md", "a/b.md", "Ünïcode_GUIDE.md", "docs/références/index.md",
            "docs/a/index.md", "a.b", "axb", "(x)+$^|", "ac", "bc", "c", "a,b", "a}b", "^", "&", "src/main/resources/x",
            ".env.local", "config/.env", "a.yml", "a.yaml", "références/x", "éa", "/x", "a\nb");

    @Test
    void matchesWhatThePlatformsGlobMatches() {
        List<String> differences = new ArrayList<>();
        for (String glob : PATTERNS) {
            PathMatcher platform = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (String subject : SUBJECTS) {
                boolean expected = platform.matches(Path.of(subject));
                if (GlobSyntax.pattern(glob).matcher(subject).matches() != expected) {
                    differences.add(glob + " on '" + subject + "': the platform says " + expected);
                }
            }
        }

        assertEquals(List.of(), differences);
    }

    @Test
    void matchesNamesNoPathCanHold() {
        assertTrue(GlobSyntax.pattern("*_GUIDE.md").matcher("\u00dcn\u00efcode_GUIDE.md").matches());
        assertTrue(GlobSyntax.pattern("**/*.properties").matcher("src/configuraci\u00f3n.properties").matches());
        assertFalse(GlobSyntax.pattern("*.properties").matcher("src/configuraci\u00f3n.properties").matches());
    }

    /**
     * Coverage-guided: for any glob the platform accepts and any path it can hold, the regular expression matches
     * what the platform's matcher matches. The input is the glob, a line break, then the path; a glob of more than
     * three stars or an input past 200 characters is left out, since both would backtrack for minutes.
     */
    @FuzzTest(maxDuration = "5m")
    void fuzzedGlobsMatchWhatThePlatformMatches(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String glob = newline < 0 ? text : text.substring(0, newline);
        if (glob.chars().filter(c -> c == '*').count() > 3 || text.length() > 200) {
            // many stars over a long name backtrack for minutes, in the platform's matcher as in the expression
            return;
        }
        PathMatcher platform;
        Path path;
        try {
            platform = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            path = Path.of(newline < 0 ? "" : text.substring(newline + 1));
        } catch (IllegalArgumentException notForThePlatform) {
            // a glob the platform rejects (PatternSyntaxException) or a path it cannot hold (InvalidPathException)
            return;
        }
        String subject = path.toString();

        assertEquals(platform.matches(path), GlobSyntax.pattern(glob).matcher(subject).matches(),
                () -> "glob '" + glob + "' on '" + subject + "'");
    }
}
