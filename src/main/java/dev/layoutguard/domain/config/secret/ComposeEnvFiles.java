package dev.layoutguard.domain.config.secret;

import dev.layoutguard.domain.RelativePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The files a Docker Compose file names under a service's {@code env_file}: dotenv files whatever their name
 * ({@code monitoring/grafana/config.monitoring}), which the secret check then reads as such.
 */
public final class ComposeEnvFiles {

    private ComposeEnvFiles() {
    }

    /** Whether a file name is a Compose file's: {@code docker-compose*.yml}, {@code compose.yaml}. */
    public static boolean isComposeFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.startsWith("docker-compose") || lower.startsWith("compose"))
                && (lower.endsWith(".yml") || lower.endsWith(".yaml"));
    }

    /**
     * The project-relative paths of the env files a Compose file names, resolved against its directory; a path
     * that leaves the project, is absolute or holds a placeholder is left out.
     */
    public static List<String> named(String composePath, String text) {
        List<String> paths = new ArrayList<>();
        for (Assignment assignment : YamlScanner.scan(text).assignments()) {
            String[] key = assignment.key().split("\\.");
            if (key.length >= 3 && key.length <= 4 && key[0].equals("services") && key[2].equals("env_file")
                    && (key.length == 3 || key[3].equals("path"))) {
                String path = resolve(RelativePath.parent(composePath), assignment.value().strip());
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    private static String resolve(String directory, String written) {
        if (written.isEmpty() || written.startsWith("/") || written.startsWith("~") || written.contains("$")
                || written.contains("\\") || written.contains(":")) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (directory.isEmpty() ? written : directory + "/" + written).split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }
}
