package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.source.SourceReference;
import java.util.List;
import java.util.Set;

/** The words of a {@code layer-dependency} finding: what was referenced, what is allowed, and how to fix it. */
final class LayerDependencyMessage {

    private LayerDependencyMessage() {
    }

    /** Layer names that say a layer calls the others: the entry points, whose callees must not know them. */
    private static final Set<String> CALLERS = Set.of("presentation", "ui", "web", "api", "cli", "rest",
            "controller", "controllers", "interfaces", "view", "views");

    /** Layer names that say a layer implements what the inner layers need: databases, clients, file systems. */
    private static final Set<String> ADAPTERS = Set.of("infrastructure", "adapter", "adapters", "persistence",
            "integration", "integrations");

    /**
     * Such as "domain imports infrastructure (com.acme.shop.infrastructure.Repo); domain may use only shared; invert
     * it: let domain own an interface that infrastructure implements".
     */
    static String of(LayerPolicy policy, String from, String target, SourceReference reference) {
        String verb = reference.kind() == SourceReference.Kind.QUALIFIED_NAME ? " references " : " imports ";
        return of(policy, from, verb, target, reference.name());
    }

    /**
     * Such as "domain depends on infrastructure (module shop-infrastructure); domain may use only shared; invert it:
     * let domain own an interface that infrastructure implements".
     */
    static String ofModule(LayerPolicy policy, String from, String target, String artifactId) {
        return of(policy, from, " depends on ", target, "module " + artifactId);
    }

    private static String of(LayerPolicy policy, String from, String verb, String target, String what) {
        List<String> allowed = policy.allowedFrom(from);
        String may = allowed.isEmpty() ? " may use no other layer" : " may use only " + and(allowed);
        return from + verb + target + " (" + what + "); " + from + may + "; " + advice(policy, from, target);
    }

    /**
     * How to fix a dependency of one layer on another, fitted to its direction: an inner layer that uses an adapter
     * layer inverts the dependency; one that uses its caller or a layer built on it keeps what it needs itself; a
     * layer that may use none gives the code away; layers side by side share what both need through a third.
     */
    static String advice(LayerPolicy policy, String from, String target) {
        List<String> allowed = policy.allowedFrom(from);
        if (policy.mayUse(target, from)) {
            if (allowed.isEmpty()) {
                return "move this code into " + target + ", or move what it needs into " + from;
            }
            if (ADAPTERS.contains(target)) {
                return "invert it: let " + from + " own an interface that " + target + " implements";
            }
            if (CALLERS.contains(target)) {
                return target + " calls " + from + ", not the other way: move what " + from + " needs into " + from
                        + ", and let " + target + " pass in the rest";
            }
            return target + " builds on " + from + ", not the other way: move what " + from + " needs into " + from;
        }
        List<String> shared = allowed.stream().filter(layer -> policy.mayUse(target, layer)).toList();
        return shared.isEmpty() ? "move what both need into one of them, or allow the edge in <layers>"
                : "move what both need into a layer both may use (" + or(shared) + ")";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> names) {
        return list(names, " and ");
    }

    private static String or(List<String> names) {
        return list(names, " or ");
    }

    private static String list(List<String> names, String last) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }
}
