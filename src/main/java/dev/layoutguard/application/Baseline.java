package dev.layoutguard.application;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The violations a team accepts for now, so that a check fails only on new ones: entries keyed by rule, path and
 * reference, each with a count. An entry that no longer matches is stale and is reported, so baselines only shrink.
 */
public final class Baseline {

    /** How Maven users write the baseline, which messages name unless a front end names its own command. */
    public static final String MAVEN_COMMAND = "mvn layout:baseline";

    /** How the message of a stale entry's violation starts. */
    public static final String STALE = "stale baseline entry:";


    /** The outcome of holding violations against a baseline: what is still reported, and how many it accepted. */
    public record Filtered(List<Violation> violations, int baselined) {
    }

    private record Key(RuleId rule, String path, String reference) {
    }

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        this.entries = entries;
    }

    /** The empty baseline: every violation counts. */
    public static Baseline none() {
        return new Baseline(List.of());
    }

    /** A baseline of entries in any order; entries with the same key are added up. */
    public static Baseline of(Collection<BaselineEntry> entries) {
        Map<BaselineEntry, Integer> counts = new TreeMap<>(BaselineEntry.ORDER);
        for (BaselineEntry entry : entries) {
            counts.merge(entry, entry.count(), Baseline::add);
        }
        List<BaselineEntry> merged = new ArrayList<>();
        counts.forEach((entry, count) -> merged.add(new BaselineEntry(entry.rule(), entry.path(), entry.reference(),
                count)));
        return new Baseline(List.copyOf(merged));
    }

    /** The baseline that accepts exactly the given violations. */
    public static Baseline accepting(Collection<Violation> violations) {
        return of(violations.stream()
                .map(violation -> new BaselineEntry(violation.rule(), violation.path(), violation.reference(), 1))
                .toList());
    }

    /** The entries in baseline order, one per key. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /** How many violations the baseline accepts in all. */
    public long size() {
        return entries.stream().mapToLong(BaselineEntry::count).sum();
    }

    /** Two counts added up, stopping at the largest count an entry holds rather than wrapping around. */
    static int add(int count, int more) {
        return (int) Math.min(Integer.MAX_VALUE, (long) count + more);
    }

    /**
     * This baseline together with the entries of an older one for the rules that did not run, so that writing a
     * baseline for some rules keeps what the others had accepted.
     */
    public Baseline keeping(Baseline older, Predicate<RuleId> ran) {
        List<BaselineEntry> all = new ArrayList<>(entries);
        older.entries.stream().filter(entry -> !ran.test(entry.rule())).forEach(all::add);
        return of(all);
    }

    /**
     * Holds violations against the baseline: each entry accepts up to its count of violations with its key (the
     * first ones in report order), the others are still reported; an entry of a rule that ran and matched fewer
     * violations than its count is reported as a stale violation at its path, with the given severity.
     *
     * @param ran whether a rule ran; entries of rules that did not run are neither matched nor stale
     */
    public Filtered filter(List<Violation> violations, Predicate<RuleId> ran, Severity staleSeverity) {
        return filter(violations, ran, staleSeverity, MAVEN_COMMAND);
    }

    /**
     * As {@link #filter(List, Predicate, Severity)}, with the stale entries naming the command that writes the
     * baseline in the front end that runs the check ({@code layoutguard baseline} on the command line).
     */
    public Filtered filter(List<Violation> violations, Predicate<RuleId> ran, Severity staleSeverity,
            String baselineCommand) {
        Objects.requireNonNull(staleSeverity, "staleSeverity");
        if (entries.isEmpty()) {
            return new Filtered(violations, 0);
        }
        Map<Key, BaselineEntry> byKey = new LinkedHashMap<>();
        Map<Key, Integer> left = new LinkedHashMap<>();
        for (BaselineEntry entry : entries) {
            Key key = new Key(entry.rule(), entry.path(), entry.reference());
            byKey.put(key, entry);
            left.put(key, entry.count());
        }
        List<Violation> reported = new ArrayList<>();
        int baselined = 0;
        for (Violation violation : violations.stream().sorted(Violation.ORDER).toList()) {
            Key key = new Key(violation.rule(), violation.path(), violation.reference());
            Integer remaining = left.get(key);
            if (remaining != null && remaining > 0) {
                left.put(key, remaining - 1);
                baselined++;
            } else {
                reported.add(violation);
            }
        }
        left.forEach((key, remaining) -> {
            BaselineEntry entry = byKey.get(key);
            if (remaining > 0 && ran.test(entry.rule())) {
                reported.add(stale(entry, entry.count() - remaining, staleSeverity, baselineCommand));
            }
        });
        return new Filtered(List.copyOf(reported), baselined);
    }

    /** Whether a violation reports a stale baseline entry rather than something the rule found. */
    public static boolean isStale(Violation violation) {
        return violation.message().startsWith(STALE);
    }

    private static Violation stale(BaselineEntry entry, int found, Severity severity, String command) {
        String what = entry.count() == 1 ? "1 violation" : entry.count() + " violations";
        String reference = entry.reference() == null ? "" : " referencing " + entry.reference();
        String message = STALE + " the baseline accepts " + what + " of this rule here" + reference
                + ", the check found " + (found == 0 ? "none" : found)
                + "; run " + command + " to shrink the baseline";
        return new Violation(entry.rule(), severity, entry.path(), null, message, null, entry.reference());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline baseline && baseline.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline" + entries;
    }
}
