package dev.layoutguard.domain.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entry of a project that the check looks at, built in one walk: what git ignores, {@code .git/}, the
 * build directory and the insides of nested projects are already left out.
 */
public final class ProjectTree {

    private final List<Entry> entries;
    private final Map<String, Entry> byPath;
    private final Map<String, List<Entry>> children;
    private final List<Skipped> skipped;

    private ProjectTree(List<Entry> entries, List<Skipped> skipped) {
        List<Skipped> sortedSkips = new ArrayList<>(skipped);
        sortedSkips.sort(Comparator.comparing(Skipped::path));
        this.skipped = List.copyOf(sortedSkips);
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path));
        this.entries = Collections.unmodifiableList(sorted);
        this.byPath = new HashMap<>(sorted.size() * 2);
        this.children = new HashMap<>();
        for (Entry entry : sorted) {
            if (byPath.putIfAbsent(entry.path(), entry) != null) {
                throw new IllegalArgumentException("duplicate entry " + entry.path());
            }
            children.computeIfAbsent(entry.parent(), parent -> new ArrayList<>()).add(entry);
        }
    }

    /** A tree of the given entries; parents need not be listed before their children. */
    public static ProjectTree of(List<Entry> entries) {
        return new ProjectTree(entries, List.of());
    }

    /** A tree of the given entries and the directories the walk could not list. */
    public static ProjectTree of(List<Entry> entries, List<Skipped> skipped) {
        return new ProjectTree(entries, skipped);
    }

    /** The directories the walk could not list, by path: what they hold was not checked. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** Every entry, sorted by path. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry at a relative path. */
    public Optional<Entry> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Whether an entry exists at the relative path. */
    public boolean contains(String path) {
        return byPath.containsKey(path);
    }

    /** Whether a directory exists at the relative path. */
    public boolean hasDirectory(String path) {
        Entry entry = byPath.get(path);
        return entry != null && entry.isDirectory();
    }

    /**
     * The entries below any of the given directories, at any depth, in path order and each once (directories may
     * nest); every entry when one of them is the project root ({@code ""}). The entries below a directory are one run
     * of the sorted list, found by two binary searches, so a rule that looks only inside a few directories does not
     * pass over the whole tree.
     */
    public List<Entry> below(List<String> directories) {
        if (directories.contains("")) {
            return entries;
        }
        int[][] runs = new int[directories.size()][];
        for (int i = 0; i < runs.length; i++) {
            String directory = directories.get(i);
            // a path starts with "dir/" exactly when it sorts from "dir/" up to, not including, "dir0" ('0' follows '/')
            runs[i] = new int[] {firstFrom(directory + "/"), firstFrom(directory + "0")};
        }
        Arrays.sort(runs, Comparator.comparingInt(run -> run[0]));
        List<Entry> below = new ArrayList<>();
        int done = 0;
        for (int[] run : runs) {
            int from = Math.max(run[0], done);
            if (from < run[1]) {
                below.addAll(entries.subList(from, run[1]));
                done = run[1];
            }
        }
        return Collections.unmodifiableList(below);
    }

    /** The index of the first entry whose path sorts at or after the given one. */
    private int firstFrom(String path) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).path().compareTo(path) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The entries directly inside a directory; the empty string is the project root. */
    public List<Entry> children(String directory) {
        return children.getOrDefault(directory, List.of());
    }

    /** The entries directly in the project root. */
    public List<Entry> rootEntries() {
        return children("");
    }

    /** How many entries are files (not directories). */
    public int fileCount() {
        int count = 0;
        for (Entry entry : entries) {
            if (entry.isFile()) {
                count++;
            }
        }
        return count;
    }
}
