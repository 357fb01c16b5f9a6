package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two properties the source lexers' fuzz tests hold a fuzzer's input to: reading it throws nothing (the readers
 * document no error), and a name planted in a comment or a string before it is never taken for a reference, since
 * text in comments and strings is not code.
 */
final class PlantedName {

    /** The planted package: no reference may name it. */
    static final String PACKAGE = "planted";
    /** Watches the planted package, so a name through it in code would be kept. */
    static final SourceWatch WATCH = new SourceWatch(List.of(PACKAGE, "domain", "infrastructure"), List.of("Test"));

    private static final String JVM_PREFIX = """
            // import dev.planted.Leak;
            /* import static dev.planted.Leak.x; dev.planted.Leak.call(); */
            class Prelude { String s = "import dev.planted.Leak; dev.planted.Leak.call()"; char c = '"'; }
            """;
    private static final String PYTHON_PREFIX = """
            # import dev.planted.leak
            "import dev.planted.leak"
            '''from dev.planted import leak'''
            x = "from dev.planted import leak"  # from dev.planted import leak
            """;

    private PlantedName() {
    }

    /** Reads the input after the Java or Kotlin prelude and checks both properties. */
    static void checkJvm(byte[] input, boolean kotlin) {
        String text = JVM_PREFIX + new String(input, StandardCharsets.UTF_8);
        check(JvmSourceReader.read(text, "Fuzzed", WATCH, new NamePool(0), kotlin), text, JVM_PREFIX);
    }

    /** Reads the input after the Python prelude and checks both properties. */
    static void checkPython(byte[] input) {
        String text = PYTHON_PREFIX + new String(input, StandardCharsets.UTF_8);
        check(PythonSourceReader.read(text, new NamePool(0)), text, PYTHON_PREFIX);
    }

    private static void check(SourceFile file, String text, String prefix) {
        long preludeLines = prefix.lines().count();
        for (SourceReference reference : file.references()) {
            // the fuzzer may write the package in code itself: only the prelude's lines are off limits
            assertFalse(reference.line() <= preludeLines && reference.name().contains(PACKAGE),
                    () -> "a name in a comment or string became the reference " + reference + " in\n" + text);
        }
    }
}
