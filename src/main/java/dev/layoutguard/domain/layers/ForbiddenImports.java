package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.source.SourceReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the references of one layer's source file to the package or module prefixes its layer may not import
 * ({@code org.springframework}, {@code sqlalchemy}): imports of every form, wildcards and Python's {@code from x import
 * y} included, and fully qualified names in code. A prefix matches whole segments ({@code org.spring} does not match
 * {@code org.springframework}); each prefix is reported once per line.
 */
final class ForbiddenImports {

    private ForbiddenImports() {
    }

    static void check(String path, String layer, List<String> prefixes, List<SourceReference> references,
            List<Finding> findings) {
        int line = 0;
        List<String> reportedOnLine = new ArrayList<>();
        for (SourceReference reference : references) {
            String prefix = matching(prefixes, reference.name());
            if (prefix == null) {
                continue;
            }
            if (reference.line() != line) {
                line = reference.line();
                reportedOnLine.clear();
            }
            if (!reportedOnLine.contains(prefix)) {
                reportedOnLine.add(prefix);
                String verb = reference.kind() == SourceReference.Kind.QUALIFIED_NAME ? " references " : " imports ";
                findings.add(Finding.atLine(path, line, layer + verb + reference.name() + ", but " + layer
                        + " may not use " + prefix + " (<layers><forbidden>); keep it in an outer layer behind an "
                        + "interface " + layer + " owns").withReference(reference.name()));
            }
        }
    }

    private static String matching(List<String> prefixes, String name) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix) && (name.length() == prefix.length() || name.charAt(prefix.length()) == '.')) {
                return prefix;
            }
        }
        return null;
    }
}
