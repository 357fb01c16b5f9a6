package dev.layoutguard.domain;

/** Checks and joins the project-relative, {@code /}-separated paths that findings and fixes carry. */
public final class RelativePath {

    private RelativePath() {
    }

    /** Rejects absolute paths, empty paths and paths that climb out of the project. */
    public static String require(String path, String what) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (path.startsWith("/") || leavesProject(path)) {
            throw new IllegalArgumentException(what + " must be relative to the project and stay inside it: " + path);
        }
        return path;
    }

    /** Whether a relative path has a {@code ..} segment. */
    public static boolean leavesProject(String path) {
        for (int dots = path.indexOf(".."); dots >= 0; dots = path.indexOf("..", dots + 1)) {
            boolean starts = dots == 0 || path.charAt(dots - 1) == '/';
            boolean ends = dots + 2 == path.length() || path.charAt(dots + 2) == '/';
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }

    /** The last segment of a path. */
    public static String name(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The parent directory, or the empty string for a root entry. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Whether a path lies strictly below a directory ({@code a/b} is below {@code a}; {@code ab} is not), compared
     * in place, with no string built: rules ask this for every entry.
     */
    public static boolean isBelow(String path, String directory) {
        return path.length() > directory.length() + 1 && path.startsWith(directory)
                && path.charAt(directory.length()) == '/';
    }

    /** Joins a directory and a name; an empty directory is the project root. */
    public static String join(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }
}
