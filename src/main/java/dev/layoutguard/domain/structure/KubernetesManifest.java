package dev.layoutguard.domain.structure;

/** Recognizes a Kubernetes manifest: YAML whose top level (in any of its documents) has {@code apiVersion} and {@code kind}. */
final class KubernetesManifest {

    private KubernetesManifest() {
    }

    /** Whether YAML text has top-level {@code apiVersion:} and {@code kind:} keys. */
    static boolean is(String yaml) {
        boolean apiVersion = false;
        boolean kind = false;
        int i = 0;
        int length = yaml.length();
        while (i < length && !(apiVersion && kind)) {
            if (yaml.startsWith("apiVersion:", i)) {
                apiVersion = true;
            } else if (yaml.startsWith("kind:", i)) {
                kind = true;
            }
            int end = yaml.indexOf('\n', i);
            i = end < 0 ? length : end + 1;
        }
        return apiVersion && kind;
    }
}
