package dev.layoutguard.infrastructure;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.PresetLimits;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ResultCache;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.tree.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a cache file: a line per stamp, per entry of the tree and per part of the report, each a kind and its
 * fields separated by tabs, with tabs, line breaks and backslashes escaped and {@code \N} for none. The last line is
 * {@code end}, so a file cut short is known.
 */
final class KeptFile {

    /** Decides whether stamp lines still hold. */
    @FunctionalInterface
    interface StampCheck {

        /** Whether every line holds; each is its kind followed by its fields. */
        boolean holdAll(List<List<String>> lines) throws IOException;
    }

    private static final String NULL = "\\N";
    private static final String END = "end";

    private KeptFile() {
    }

    /** The lines of a cache file. */
    static List<String> lines(String key, long clock, List<String> stamps, Report report, PresetLimits limits) {
        List<String> lines = new ArrayList<>();
        lines.add(line("key", key));
        lines.add(line("clock", Long.toString(clock)));
        lines.addAll(stamps);
        lines.add(line("report", report.version(), report.preset(), Integer.toString(report.files()),
                Integer.toString(report.baselined()), Long.toString(report.durationMs())));
        report.rules().forEach(rule -> lines.add(line("ran", rule.name())));
        report.metrics().forEach((name, value) -> lines.add(line("metric", name, Integer.toString(value))));
        for (Violation violation : report.violations()) {
            lines.add(line("violation", violation.rule().name(), violation.severity().name(), violation.path(),
                    violation.line() == null ? null : Integer.toString(violation.line()), violation.message(),
                    violation.fix(), violation.reference()));
        }
        List<String> figures = new ArrayList<>(List.of("limits", Integer.toString(limits.rootFiles()),
                Integer.toString(limits.maxDepth())));
        figures.addAll(limits.cycle());
        lines.add(line(figures.toArray(String[]::new)));
        report.layers().layers().forEach(layer -> lines.add(line("layer", layer)));
        report.layers().contexts().forEach(context -> lines.add(line("context", context)));
        for (LayerGraph.Edge edge : report.layers().edges()) {
            lines.add(line("edge", edge.from(), edge.to(), Boolean.toString(edge.allowed()),
                    Integer.toString(edge.violations()), edge.fromContext(), edge.toContext()));
        }
        lines.add(END);
        return lines;
    }

    /** The line of an entry of the tree: its path and stamp, all a check answered from the file needs of it. */
    static String entry(Entry entry, FileStamp stamp) {
        return line("entry", entry.path(), stamp.toString());
    }

    /**
     * The report and preset limits of a cache file, or {@code null} when it was kept under another key, or a stamp no longer
     * holds.
     *
     * @throws RuntimeException when the text is no cache file, or one cut short
     */
    static ResultCache.Kept read(List<String> lines, String key, StampCheck stamps) throws IOException {
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(END)) {
            return null;
        }
        String[] header = null;
        PresetLimits limits = null;
        List<RuleId> ran = new ArrayList<>();
        Map<String, Integer> metrics = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        List<String> layers = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        List<LayerGraph.Edge> edges = new ArrayList<>();
        boolean keyed = false;
        List<List<String>> stamped = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            List<String> fields = fields(line);
            String kind = fields.get(0);
            List<String> rest = fields.subList(1, fields.size());
            switch (kind) {
                case "key" -> {
                    if (!rest.get(0).equals(key)) {
                        return null;
                    }
                    keyed = true;
                }
                case "clock" -> Long.parseLong(rest.get(0));
                case "watch", "read", "dir", "entry" -> stamped.add(fields);
                case "report" -> header = rest.toArray(String[]::new);
                case "limits" -> limits = new PresetLimits(rest.subList(2, rest.size()), Integer.parseInt(rest.get(0)),
                        Integer.parseInt(rest.get(1)));
                case "ran" -> ran.add(RuleId.valueOf(rest.get(0)));
                case "metric" -> metrics.put(rest.get(0), Integer.parseInt(rest.get(1)));
                case "violation" -> violations.add(new Violation(RuleId.valueOf(rest.get(0)),
                        Severity.valueOf(rest.get(1)), rest.get(2), rest.get(3) == null ? null
                                : Integer.valueOf(rest.get(3)), rest.get(4), rest.get(5), rest.get(6)));
                case "layer" -> layers.add(rest.get(0));
                case "context" -> contexts.add(rest.get(0));
                case "edge" -> edges.add(new LayerGraph.Edge(rest.get(0), rest.get(1), bool(rest.get(2)),
                        Integer.parseInt(rest.get(3)), rest.get(4), rest.get(5)));
                default -> throw new IllegalArgumentException("unknown line " + kind);
            }
        }
        if (!keyed || header == null || limits == null || !stamps.holdAll(stamped)) {
            return null;
        }
        Report report = new Report(header[0], header[1], Integer.parseInt(header[2]), violations, metrics,
                Integer.parseInt(header[3]), Long.parseLong(header[4]), ran, new LayerGraph(layers, contexts, edges));
        return new ResultCache.Kept(report, limits);
    }

    /** The lines of a text, each without its line break. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** One line: its fields escaped and joined by tabs. */
    static String line(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append('\t');
            }
            if (field == null) {
                line.append(NULL);
                continue;
            }
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        return line.toString();
    }

    /** The fields of a line, unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String raw : line.split("\t", -1)) {
            if (raw.equals(NULL)) {
                fields.add(null);
                continue;
            }
            if (raw.indexOf('\\') < 0) {
                fields.add(raw);
                continue;
            }
            StringBuilder field = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c != '\\') {
                    field.append(c);
                    continue;
                }
                char next = raw.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    default -> throw new IllegalArgumentException("unknown escape \\" + next);
                });
            }
            fields.add(field.toString());
        }
        return fields;
    }

    private static boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("not a truth value: " + text);
        }
        return text.equals("true");
    }
}
