package dev.layoutguard.application;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import java.util.Comparator;
import java.util.Objects;

/**
 * Violations a baseline accepts: every violation of a rule at a path that referenced the same thing (never a line
 * number, so entries survive edits that move lines), up to a count.
 *
 * @param rule      the rule
 * @param path      relative to the project, {@code /}-separated; {@code .} for the project itself
 * @param reference what the violation referenced (an imported name, a key), or {@code null} where the rule gives
 *                  none: the rule and path are then the whole key
 * @param count     how many such violations it accepts, 1 or more
 */
public record BaselineEntry(RuleId rule, String path, String reference, int count) {

    /** Baseline order, which keeps baseline files stable: by rule id, then path, then reference (none first). */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing((BaselineEntry entry) -> entry.rule.id())
            .thenComparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::reference, Comparator.nullsFirst(Comparator.naturalOrder()));

    public BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        RelativePath.require(path, "path");
        if (reference != null && reference.isEmpty()) {
            throw new IllegalArgumentException("reference must not be empty (leave it out instead)");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
    }

    /** Whether a violation has this entry's key. */
    public boolean matches(Violation violation) {
        return violation.rule() == rule && violation.path().equals(path)
                && Objects.equals(violation.reference(), reference);
    }
}
