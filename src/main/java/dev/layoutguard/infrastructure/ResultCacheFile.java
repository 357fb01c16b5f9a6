package dev.layoutguard.infrastructure;

import dev.layoutguard.application.PresetLimits;
import dev.layoutguard.application.ResultCache;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each check's report in a file of the output directory, with the stamp ({@link FileStamp}) of every
 * path the result depends on: each entry of the tree, each directory walked with the names it held, each file the
 * rules read, git's {@code .git}, index and exclude file and the {@code .gitignore} files above the project, the
 * baseline. A kept result is used only when its key (settings, selection, version, the plugin's jar) is the same and
 * every stamp is too; a directory whose stamp changed is listed again and its names compared. A file that changed at
 * or after the time the check started (by the file system's clock) leaves nothing kept, since its stamp cannot vouch
 * for what was read. A cache file that cannot be read or parsed is ignored and written anew.
 */
public final class ResultCacheFile implements ResultCache {

    private static final String FORMAT = "layoutguard-cache 3";
    private static final String NESTED_MARKER = "pom.xml";

    private final Path project;
    private final Path directory;
    private final Set<String> exempt;
    private final List<Path> inputs;

    /**
     * @param project   the project directory
     * @param directory where the cache files go, inside the output directory
     * @param exempt    the project-relative directories the walk leaves out
     * @param inputs    more files the result depends on, such as the baseline
     */
    public ResultCacheFile(Path project, Path directory, Set<String> exempt, List<Path> inputs) {
        this.project = project.toAbsolutePath().normalize();
        this.directory = directory.toAbsolutePath().normalize();
        this.exempt = Set.copyOf(exempt);
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public Optional<Kept> find(String name, String key) {
        try {
            String text = new String(Files.readAllBytes(file(name)), StandardCharsets.UTF_8);
            return Optional.ofNullable(KeptFile.read(KeptFile.split(text), fullKey(key), this::holdAll));
        } catch (IOException | RuntimeException e) {
            // no file, or not one this version wrote whole: the check runs and writes it anew
            return Optional.empty();
        }
    }

    @Override
    public Recording start(String name, String key, ContentReader contents) {
        long clock = clock();
        Set<String> read = ConcurrentHashMap.newKeySet();
        ContentReader reading = new ContentReader() {
            @Override
            public Optional<String> read(String path) {
                read.add(path);
                return contents.read(path);
            }

            @Override
            public Optional<String> read(String path, long size) {
                read.add(path);
                return contents.read(path, size);
            }

            @Override
            public String unreadable(String path, long size) {
                return contents.unreadable(path, size);
            }
        };
        return new Recording() {
            @Override
            public ContentReader contents() {
                return reading;
            }

            @Override
            public boolean keep(ProjectTree tree, Report report, PresetLimits limits) {
                return ResultCacheFile.this.keep(name, fullKey(key), clock, Set.copyOf(read), tree, report, limits);
            }
        };
    }

    private boolean keep(String name, String key, long clock, Set<String> read, ProjectTree tree, Report report,
            PresetLimits limits) {
        Path file = file(name);
        try {
            List<String> lines = clock == Long.MIN_VALUE || !tree.skipped().isEmpty() ? null
                    : KeptFile.lines(key, clock, stamps(clock, read, tree), report, limits);
            if (lines == null) {
                Files.deleteIfExists(file);
                return false;
            }
            FileReplacement.write(file, (Writer out) -> {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            });
            return true;
        } catch (IOException | RuntimeException e) {
            // a result that cannot be kept costs the next run a check, never this one its result
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done; an unreadable cache file is ignored anyway
            }
            return false;
        }
    }

    /**
     * The stamp lines of a check: {@code null} when a stamp cannot vouch for what was read (it changed during the
     * check, or could not be looked up).
     */
    private List<String> stamps(long clock, Set<String> read, ProjectTree tree) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path path : watched()) {
            FileStamp stamp = withoutDirectoryTimes(FileStamp.of(path));
            if (!stamp.known() || stamp.racy(clock)) {
                return null;
            }
            lines.add(KeptFile.line("watch", path.toString(), stamp.toString()));
        }
        List<String> walked = new ArrayList<>();
        walked.add("");
        for (Entry entry : tree.entries()) {
            FileStamp stamp = FileStamp.of(project.resolve(entry.path()));
            if (!stamp.known() || stamp.type() == '-' || stamp.type() != 'd' && stamp.racy(clock)) {
                return null;
            }
            lines.add(KeptFile.entry(entry, withoutDirectoryTimes(stamp)));
            if (entry.isDirectory()) {
                walked.add(entry.path());
            }
        }
        for (String relative : walked) {
            Path path = relative.isEmpty() ? project : project.resolve(relative);
            FileStamp stamp = FileStamp.of(path);
            if (!stamp.known() || stamp.racy(clock)) {
                return null;
            }
            boolean nested = !relative.isEmpty() && tree.find(relative).map(Entry::nestedProject).orElse(false);
            List<String> fields = new ArrayList<>(List.of("dir", relative, stamp.toString(), nested ? "n" : "w"));
            fields.addAll(names(path, relative, nested));
            lines.add(KeptFile.line(fields.toArray(String[]::new)));
        }
        for (String path : read) {
            if (tree.find(path).isEmpty()) {
                FileStamp stamp = FileStamp.of(project.resolve(path));
                if (!stamp.known() || stamp.racy(clock)) {
                    return null;
                }
                lines.add(KeptFile.line("read", path, stamp.toString()));
            }
        }
        return lines;
    }

    /**
     * The names in a directory as the walk decides by them: every name but {@code .git} and the exempt directories;
     * of a nested project, only whether it holds a {@code pom.xml}.
     */
    private List<String> names(Path path, String relative, boolean nested) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
            for (Path child : stream) {
                String name = child.getFileName().toString();
                String inProject = relative.isEmpty() ? name : relative + "/" + name;
                boolean counts = nested ? name.equals(NESTED_MARKER) || name.equals(".git")
                        : !name.equals(".git") && !exempt.contains(inProject);
                if (counts) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * Whether every stamp line holds, looked up one after the other: in the cold JVM of a build, handing a thousand
     * stamps of a system call each to other cores costs more than it saves.
     */
    private boolean holdAll(List<List<String>> lines) throws IOException {
        for (List<String> line : lines) {
            if (!holds(line.get(0), line.subList(1, line.size()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a stamp line still holds: its path is as it was when the result was kept. */
    private boolean holds(String kind, List<String> fields) throws IOException {
        switch (kind) {
            case "entry":
                return FileStamp.parse(fields.get(1))
                        .sameAs(withoutDirectoryTimes(FileStamp.of(project.resolve(fields.get(0)))));
            case "watch":
                return FileStamp.parse(fields.get(1))
                        .sameAs(withoutDirectoryTimes(FileStamp.of(Path.of(fields.get(0)))));
            case "read":
                return FileStamp.parse(fields.get(1)).sameAs(FileStamp.of(project.resolve(fields.get(0))));
            case "dir": {
                String relative = fields.get(0);
                Path path = relative.isEmpty() ? project : project.resolve(relative);
                FileStamp now = FileStamp.of(path);
                if (FileStamp.parse(fields.get(1)).sameAs(now)) {
                    return true;
                }
                // something was added, removed or renamed in it, or its status changed: the names decide
                return now.type() == 'd' && names(path, relative, fields.get(2).equals("n"))
                        .equals(fields.subList(3, fields.size()));
            }
            default:
                return false;
        }
    }

    /**
     * A file's stamp, or of a directory only that it is one: what a directory holds is vouched for by its own line
     * (the names it holds), and git changes what is in {@code .git} all the time.
     */
    private static FileStamp withoutDirectoryTimes(FileStamp stamp) {
        return stamp.type() == 'd' ? new FileStamp('d', 0, 0, 0, 0) : stamp;
    }

    /**
     * The files outside the tree that decide what the walk lists: {@code .git} and {@code .gitignore} in the project
     * and every directory above it, git's index and exclude file, and the given inputs.
     */
    private List<Path> watched() {
        List<Path> watched = new ArrayList<>(inputs);
        Path gitDirectory = null;
        for (Path above = project; above != null; above = above.getParent()) {
            Path git = above.resolve(".git");
            watched.add(git);
            watched.add(above.resolve(".gitignore"));
            if (gitDirectory == null) {
                gitDirectory = gitDirectory(git);
            }
        }
        if (gitDirectory != null) {
            watched.add(gitDirectory.resolve("index"));
            watched.add(gitDirectory.resolve("info").resolve("exclude"));
        }
        return watched;
    }

    /** The git directory a {@code .git} names: itself, or the one a {@code .git} file points to. */
    private static Path gitDirectory(Path git) {
        if (Files.isDirectory(git)) {
            return git;
        }
        if (!Files.isRegularFile(git)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(git, StandardCharsets.UTF_8)) {
                if (line.startsWith("gitdir:")) {
                    return git.getParent().resolve(line.substring("gitdir:".length()).trim()).normalize();
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: the .git file's own stamp still tells when it changes
        }
        return null;
    }

    /**
     * The file system's time now, as the modification time of a file written now; {@link Long#MIN_VALUE} when the
     * cache directory cannot be written. When making the directory just changed a directory of the project, waits
     * until the clock has moved past that change, or the change would count as one made during the check.
     */
    private long clock() {
        Path marker = directory.resolve("clock");
        try {
            Files.createDirectories(directory);
            long clock = Long.MIN_VALUE;
            for (int attempt = 0; attempt < 50; attempt++) {
                Files.write(marker, new byte[] {'\n'});
                clock = FileStamp.of(marker).modified();
                if (!FileStamp.of(project).racy(clock)) {
                    break;
                }
                Thread.sleep(2);
            }
            return clock;
        } catch (IOException | RuntimeException e) {
            return Long.MIN_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Long.MIN_VALUE;
        }
    }

    private Path file(String name) {
        return directory.resolve(name + ".cache");
    }

    /** The key with what identifies this build of the plugin beyond its version: its jar's stamp. */
    private static String fullKey(String key) {
        String jar = "";
        try {
            Path code = Path.of(ResultCacheFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            jar = Files.isRegularFile(code) ? FileStamp.of(code).toString() : "";
        } catch (Exception e) {
            // no code source to stamp: the version alone names the plugin
        }
        return FORMAT + "\n" + key + "\njar=" + jar;
    }
}
