package dev.layoutguard.application;

import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.RuleId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which rules a run checks: the goal's families, narrowed by the {@code rules} and {@code skipRules} lists.
 *
 * @param families the families of the goal ({@code check} runs them all)
 * @param only     the rules to run; empty means every rule of the families
 * @param skipped  rules never to run
 */
public record Selection(Set<RuleFamily> families, Set<RuleId> only, Set<RuleId> skipped) {

    public Selection {
        families = families.isEmpty() ? EnumSet.noneOf(RuleFamily.class) : EnumSet.copyOf(families);
        only = only.isEmpty() ? EnumSet.noneOf(RuleId.class) : EnumSet.copyOf(only);
        skipped = skipped.isEmpty() ? EnumSet.noneOf(RuleId.class) : EnumSet.copyOf(skipped);
    }

    /** Every rule of every family. */
    public static Selection all() {
        return new Selection(EnumSet.allOf(RuleFamily.class), Set.of(), Set.of());
    }

    /** Every rule of the given families. */
    public static Selection families(Set<RuleFamily> families) {
        return new Selection(families, Set.of(), Set.of());
    }

    /** Whether a rule runs. */
    public boolean includes(RuleId rule) {
        return families.contains(rule.family()) && (only.isEmpty() || only.contains(rule)) && !skipped.contains(rule);
    }
}
