package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.source.SourceReference;
import java.util.List;

/** The words of a {@code layer-dependency} finding: what was referenced, what is allowed, and how to fix it. */
final class LayerDependencyMessage {

    private LayerDependencyMessage() {
    }

    /**
     * Such as "domain imports infrastructure (com.acme.shop.infrastructure.Repo); domain may use only shared; invert
     * it: let domain own an interface that infrastructure implements".
     */
    static String of(LayerPolicy policy, String from, String target, SourceReference reference) {
        String verb = reference.kind() == SourceReference.Kind.QUALIFIED_NAME ? " references " : " imports ";
        List<String> allowed = policy.allowedFrom(from);
        String may = allowed.isEmpty() ? " may use no other layer" : " may use only " + and(allowed);
        String hint = policy.mayUse(target, from)
                ? "invert it: let " + from + " own an interface that " + target + " implements"
                : "move what both need into a layer both may use";
        return from + verb + target + " (" + reference.name() + "); " + from + may + "; " + hint;
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
