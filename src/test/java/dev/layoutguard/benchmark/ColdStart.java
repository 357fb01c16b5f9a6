package dev.layoutguard.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first build and the unchanged rebuild in fresh JVMs against the floor, a fresh JVM walking the same tree and
 * reading every file once, all timed inside their JVMs (the JVM's own start excluded) and interleaved run by run, so
 * that the ratios hold on a machine other builds load. Two ways to run the check:
 * <ul>
 * <li>{@code maven}: {@code mvn layout:check} on the project, timed from Maven's log, from the line that starts the
 * goal to the line Maven prints when it ends (class loading of the plugin's realm included), and the same goal
 * skipping itself ({@code -Dlayout.skip}), which is what Maven spends on loading any goal of the plugin: the goal's
 * span less that is the plugin's own time;</li>
 * <li>{@code cli}: the command line's {@code check} in a JVM of its own, timed from its {@code main} to its exit.</li>
 * </ul>
 * The first build starts with no {@code target/} directory; the rebuild runs again right after, without cleaning.
 * The plugin's own figure (the rules' duration it prints) is kept beside each.
 */
public final class ColdStart {

    private static final Pattern MAVEN_TIME = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) ");
    private static final Pattern CHECKED = Pattern.compile("in (\\d+) files, (\\d+) ms");
    private static final String CLI_TIME = "coldstart-cli-ms ";

    private ColdStart() {
    }

    /**
     * {@code floor DIR}, {@code cli-run DIR} (one check by the command line, its time printed at exit), or
     * {@code table RUNS maven|cli LAUNCHES DIR...} where a launch is the {@code mvn} executable followed by its options
     * such as {@code -Dmaven.repo.local=...} (comma-joined) for maven, the command line's jar for cli; several are
     * separated by {@code ;}, each may start with {@code label=}; or {@code classes LOG [initialize]}, which loads in
     * this fresh JVM the plugin's classes a check loaded, as {@code -Xlog:class+load:file=LOG} wrote them, and prints
     * the time it took: what loading the code costs before it does anything.
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "floor" -> System.out.println(floor(Path.of(args[1])));
            case "classes" -> System.out.println(classes(Path.of(args[1]), args.length > 2));
            case "cli-run" -> {
                long start = System.nanoTime();
                Runtime.getRuntime().addShutdownHook(new Thread(
                        () -> System.out.println(CLI_TIME + (System.nanoTime() - start) / 1_000_000)));
                Class.forName("dev.layoutguard.presentation.cli.LayoutGuardCommand").getMethod("main", String[].class)
                        .invoke(null, (Object) new String[] {"check", args[1]});
            }
            case "table" -> {
                int runs = Integer.parseInt(args[1]);
                List<Path> projects = Arrays.stream(args, 4, args.length).map(Path::of).toList();
                table(runs, args[2], List.of(args[3].split(";")), projects).forEach(System.out::println);
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /**
     * The table's lines, one row per project and way of launching it: the medians of the runs, and the ratios of those
     * medians. Each launch is its arguments joined by commas, with an optional {@code label=} in front; with several,
     * each run times the floor once and then every launch, so they compare in one sitting.
     */
    static List<String> table(int runs, String how, List<String> launches, List<Path> projects)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        boolean maven = how.equals("maven");
        lines.add("| project | files | floor ms | first build ms | first/floor | rebuild ms | rebuild/floor "
                + "| rules ms, first build | rules ms, rebuild |"
                + (maven ? " loading ms | first − loading, /floor | rebuild − loading, /floor |" : ""));
        lines.add("|---|---|---|---|---|---|---|---|---|" + (maven ? "---|---|---|" : ""));
        for (Path project : projects) {
            long[] floors = new long[runs];
            long[][][] times = new long[launches.size()][7][runs];
            int files = 0;
            for (int run = 0; run < runs; run++) {
                floors[run] = LayoutBenchmark.lastNumber(LayoutBenchmark.run(List.of(java(), "-cp",
                        System.getProperty("java.class.path"), ColdStart.class.getName(), "floor", project.toString()),
                        project));
                for (int l = 0; l < launches.size(); l++) {
                    List<String> launch = List.of(unlabelled(launches.get(l)).split(","));
                    LayoutBenchmark.delete(project.resolve("target"));
                    long[] first = check(how, launch, project);
                    long[] rebuild = check(how, launch, project);
                    times[l][0][run] = first[0];
                    times[l][1][run] = first[1];
                    times[l][2][run] = rebuild[0];
                    times[l][3][run] = rebuild[1];
                    if (maven) {
                        long loading = skipped(launch, project);
                        times[l][4][run] = loading;
                        times[l][5][run] = first[0] - loading;
                        times[l][6][run] = rebuild[0] - loading;
                    }
                    files = (int) first[2];
                }
            }
            long floor = LayoutBenchmark.median(floors);
            for (int l = 0; l < launches.size(); l++) {
                String label = launches.get(l).contains("=") && launches.get(l).indexOf('=') < launches.get(l)
                        .indexOf('-') ? " (" + launches.get(l).substring(0, launches.get(l).indexOf('=')) + ")" : "";
                long first = LayoutBenchmark.median(times[l][0]);
                long rebuild = LayoutBenchmark.median(times[l][2]);
                String row = String.format(Locale.ROOT, "| %s%s | %d | %d | %d | %.1f | %d | %.1f | %d | %d |",
                        project.getFileName(), label, files, floor, first, (double) first / floor, rebuild,
                        (double) rebuild / floor, LayoutBenchmark.median(times[l][1]),
                        LayoutBenchmark.median(times[l][3]));
                if (maven) {
                    long ownFirst = LayoutBenchmark.median(times[l][5]);
                    long ownRebuild = LayoutBenchmark.median(times[l][6]);
                    row += String.format(Locale.ROOT, " %d | %d, %.1f | %d, %.1f |", LayoutBenchmark.median(
                            times[l][4]), ownFirst, (double) ownFirst / floor, ownRebuild, (double) ownRebuild / floor);
                }
                lines.add(row);
            }
        }
        return lines;
    }

    /** A launch without its label. */
    private static String unlabelled(String launch) {
        int equals = launch.indexOf('=');
        int option = launch.indexOf('-');
        return equals >= 0 && (option < 0 || equals < option) ? launch.substring(equals + 1) : launch;
    }

    /**
     * Maven's own cost of the goal: resolving the plugin, building its class realm, loading and configuring the goal,
     * timed as the goal's span when it skips itself ({@code -Dlayout.skip}) and does nothing else.
     */
    private static long skipped(List<String> launch, Path project) throws IOException, InterruptedException {
        List<String> command = mavenCommand(launch);
        command.add(command.size() - 1, "-Dlayout.skip=true");
        String output = output(command, project);
        if (!output.contains("LayoutGuard skipped")) {
            throw new IllegalStateException("the goal did not skip itself in " + command + ":\n" + output);
        }
        return mavenGoalMillis(output);
    }

    private static List<String> mavenCommand(List<String> launch) {
        List<String> command = new ArrayList<>();
        command.add(launch.get(0));
        command.addAll(List.of("-B", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        command.addAll(launch.subList(1, launch.size()));
        command.add("layout:check");
        return command;
    }

    /** One check: its time inside the JVM, the rules' time the plugin printed, and the files it counted. */
    private static long[] check(String how, List<String> launch, Path project) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        if (how.equals("maven")) {
            command.addAll(mavenCommand(launch));
        } else {
            command.addAll(List.of(java(), "-cp", launch.get(0) + File.pathSeparator
                    + System.getProperty("java.class.path"), ColdStart.class.getName(), "cli-run",
                    project.toString()));
        }
        String output = output(command, project);
        Matcher checked = CHECKED.matcher(output);
        if (!checked.find()) {
            throw new IllegalStateException("no check in the output of " + command + ":\n" + output);
        }
        long inside = how.equals("maven") ? mavenGoalMillis(output) : cliMillis(output);
        return new long[] {inside, Long.parseLong(checked.group(2)), Long.parseLong(checked.group(1))};
    }

    /** From the log line that starts the layout goal to the first line after the goal's own lines. */
    static long mavenGoalMillis(String log) {
        LocalTime start = null;
        for (String line : log.split("\n")) {
            Matcher time = MAVEN_TIME.matcher(line);
            if (!time.find()) {
                continue;
            }
            if (start == null && line.contains("--- layout:")) {
                start = LocalTime.parse(time.group(1));
            } else if (start != null && (line.contains("-----------------------") || line.contains("BUILD "))) {
                return Math.floorMod(LocalTime.parse(time.group(1)).toNanoOfDay() - start.toNanoOfDay(),
                        86_400_000_000_000L) / 1_000_000;
            }
        }
        throw new IllegalStateException("no layout goal with times in the log:\n" + log);
    }

    private static long cliMillis(String output) {
        int at = output.lastIndexOf(CLI_TIME);
        if (at < 0) {
            throw new IllegalStateException("no time in the command line's output:\n" + output);
        }
        return Long.parseLong(output.substring(at + CLI_TIME.length()).strip().split("\\s")[0]);
    }

    /**
     * Loads the plugin's own classes (relocated libraries included, spun lambdas not) that a class-loading log names,
     * in its order: how many and in how many milliseconds, with their static initializers run when asked.
     */
    static String classes(Path log, boolean initialize) throws IOException {
        Pattern loaded = Pattern.compile("\\] (dev\\.layoutguard\\.[\\w.$]+) source: (?:file|jar):");
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher name = loaded.matcher(line);
            if (name.find()) {
                names.add(name.group(1));
            }
        }
        long start = System.nanoTime();
        int found = 0;
        for (String name : names) {
            try {
                Class.forName(name, initialize, ColdStart.class.getClassLoader());
                found++;
            } catch (ClassNotFoundException | LinkageError e) {
                // a class of another build of the plugin than the one on the class path
            }
        }
        return found + " of " + names.size() + " classes " + (initialize ? "loaded and initialized" : "loaded")
                + " in " + (System.nanoTime() - start) / 1_000_000 + " ms";
    }

    /** A fresh JVM's walk of the tree reading every file once ({@code .git} and {@code target} left out). */
    static long floor(Path tree) throws IOException {
        long start = System.nanoTime();
        long[] bytes = {0};
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(tree) && (name.equals(".git") || name.equals("target"))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    bytes[0] += Files.readAllBytes(file).length;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return (System.nanoTime() - start) / 1_000_000 + (bytes[0] < 0 ? 1 : 0);
    }

    /** What a command prints, whatever its exit code: a check with errors exits with 1. */
    private static String output(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
