package dev.layoutguard.infrastructure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * The packages the source roots of another module of the build hold, read from their directories alone (no file is
 * opened): enough to tell which layers the module holds. Links are not followed, and the walk stops at a bound so a
 * huge or looping tree costs little.
 */
public final class PackageDirectories {

    /** At most this many directories are listed per module. */
    static final int LIMIT = 20_000;

    /** A directory name that can be a package's segment. */
    private static final String PACKAGE = "[\\p{L}_$][\\p{L}\\p{N}_$]*";

    private PackageDirectories() {
    }

    /** The dotted packages below the roots (the roots themselves are the unnamed package, left out), sorted. */
    public static List<String> of(List<Path> roots) {
        TreeSet<String> packages = new TreeSet<>();
        int listed = 0;
        for (Path root : roots) {
            Deque<Path> directories = new ArrayDeque<>(List.of(root));
            while (!directories.isEmpty() && listed++ < LIMIT) {
                Path directory = directories.pop();
                for (Path child : children(directory)) {
                    String name = child.getFileName().toString();
                    // the name first: a source file's has a dot, so most entries cost no stat
                    if (name.matches(PACKAGE) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        packages.add(root.relativize(child).toString()
                                .replace(child.getFileSystem().getSeparator(), "."));
                        directories.push(child);
                    }
                }
            }
        }
        return new ArrayList<>(packages);
    }

    private static List<Path> children(Path directory) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(children::add);
        } catch (IOException | SecurityException e) {
            // a root that is absent or cannot be listed holds no package the layers could miss
        }
        return children;
    }
}
