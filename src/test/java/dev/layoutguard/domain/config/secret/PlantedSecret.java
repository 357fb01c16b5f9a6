package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.config.ConfigSecretRule;
import dev.layoutguard.domain.config.ConfigSyntaxRule;
import dev.layoutguard.domain.preset.Presets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two properties every configuration scanner's fuzz test holds a fuzzer's input to: reading it throws nothing
 * (none of the scanners documents an error), and a secret planted anywhere in it reaches no finding of
 * {@code config-secret} or {@code config-syntax}, which is all any report, console line or baseline prints.
 */
final class PlantedSecret {

    /** A GitHub token's shape, so it is a secret wherever it lands, in a key as much as in a value. */
    static final String VALUE = "ghp_" + "Q7vXk2Lm9Rt4Wz8Np3Hs6Jd1Fb5Gc0Ya2EuTq";
    /** Where in a fuzzer's input the secret goes, besides the position the input's hash picks. */
    static final String MARKER = "@@";
    /** A run of the planted value this long in any output is a leak. */
    private static final int LEAK_LENGTH = 10;

    private PlantedSecret() {
    }

    /** The input as text with the secret planted at every marker and at one more place the input decides. */
    static String plant(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int at = Math.floorMod(text.hashCode(), text.length() + 1);
        return (text.substring(0, at) + VALUE + text.substring(at)).replace(MARKER, VALUE);
    }

    /** Checks both properties for a file of the format, named so the maven preset reads it in that format. */
    static void check(ConfigFormat format, String path, byte[] input) {
        String written = new String(input, StandardCharsets.UTF_8);
        String text = plant(input);
        format.scan(new TextLines(text));
        // what the findings print without the secret is the fuzzer's own text as the format reads it: an escape
        // such as the properties' \6 turns "s\6Jd1Fb5Gc0" into a run of the token it never held
        String own = String.join("\n", printed(path, written));
        for (String printed : printed(path, text)) {
            assertFalse(leaks(printed, written + "\n" + own), () -> "the planted secret leaks into " + printed);
        }
    }

    /** What the findings of {@code config-secret} and {@code config-syntax} print for a file of this text. */
    private static List<String> printed(String path, String text) {
        Project project = ProjectMother.with(Presets.maven()).file(path, text).build();
        List<Finding> findings = new ArrayList<>(new ConfigSecretRule().check(project));
        findings.addAll(new ConfigSyntaxRule().check(project));
        List<String> printed = new ArrayList<>();
        for (Finding finding : findings) {
            printed.add(finding.path() + " " + finding.message() + " " + finding.fix() + " " + finding.reference());
        }
        return printed;
    }

    /**
     * Whether a text holds a run of the planted value long enough to tell, other than one the fuzzer wrote itself
     * (it learns the strings this method compares with, and a fragment of a token alone is no secret).
     */
    static boolean leaks(String printed, String written) {
        for (int i = 0; i + LEAK_LENGTH <= VALUE.length(); i++) {
            String run = VALUE.substring(i, i + LEAK_LENGTH);
            if (printed.contains(run) && !written.contains(run)) {
                return true;
            }
        }
        return false;
    }
}
