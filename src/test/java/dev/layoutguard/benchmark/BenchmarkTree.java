package dev.layoutguard.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a project tree of a given size in the maven or python shape, with realistic sources: several imports
 * each, comments and strings that mention other layers, tests that mirror the sources, configuration and docs.
 * About one class in a hundred breaks the layering, so the check has real work to report.
 */
final class BenchmarkTree {

    static final List<String> LAYERS = List.of("domain", "application", "infrastructure", "presentation", "shared");
    private static final int CLASSES_PER_MODULE = 20;

    private final Path root;
    private final String shape;
    private int files;

    private BenchmarkTree(Path root, String shape) {
        this.root = root;
        this.shape = shape;
    }

    /** Writes a tree of about {@code size} files into an empty directory and returns the number written. */
    static int generate(Path root, String shape, int size) throws IOException {
        BenchmarkTree tree = new BenchmarkTree(root, shape);
        tree.write(size);
        return tree.files;
    }

    private void write(int size) throws IOException {
        boolean maven = shape.equals("maven");
        file("README.md", "# Bench\n");
        file(".gitignore", "target/\n");
        file(maven ? "pom.xml" : "pyproject.toml", maven ? "<project/>\n" : "[project]\nname = \"bench\"\n");
        if (!maven) {
            file("src/bench/__init__.py", "");
        }
        // Per class: a source, its unit test; every module adds a config file and a doc page.
        int modules = Math.max(1, size / (2 * CLASSES_PER_MODULE + 2));
        for (int module = 0; module < modules; module++) {
            String layer = LAYERS.get(module % LAYERS.size());
            String name = "module" + module;
            for (int index = 0; index < CLASSES_PER_MODULE; index++) {
                boolean violating = layer.equals("domain") && index == 0 && module % 4 == 0;
                if (maven) {
                    javaClass(layer, name, index, modules, violating);
                } else {
                    pythonModule(layer, name, index, modules, violating);
                }
            }
            if (maven) {
                file("src/main/resources/" + name + "/settings.properties", "timeout=30\nuser.name=bench\n");
            } else {
                file("src/bench/" + layer + "/" + name + "/__init__.py", "");
                file("config/defaults/" + name + ".yml", "timeout: 30\nuser: bench\n");
            }
            file("docs/reference/" + name + ".md", "# " + name + "\n");
        }
    }

    private void javaClass(String layer, String module, int index, int modules, boolean violating) throws IOException {
        String pkg = "com.acme.bench." + layer + "." + module;
        String type = capitalized(module) + "Type" + index;
        StringBuilder source = new StringBuilder("package ").append(pkg).append(";\n\n");
        List<String> imported = new ArrayList<>();
        for (String used : allowed(layer)) {
            int other = sibling(modules, used, index);
            String name = "Module" + other + "Type" + index % CLASSES_PER_MODULE;
            source.append("import com.acme.bench.").append(used).append(".module").append(other).append('.')
                    .append(name).append(";\n");
            imported.add(name);
        }
        if (violating) {
            int other = sibling(modules, "infrastructure", index);
            source.append("import com.acme.bench.infrastructure.module").append(other).append(".Module").append(other)
                    .append("Type0;\n");
            imported.add("Module" + other + "Type0");
        }
        source.append("import java.util.List;\n\n")
                .append("/** A class of the ").append(layer).append(" layer; see com.acme.bench.infrastructure. */\n")
                .append("public class ").append(type).append(" {\n")
                .append("    // com.acme.bench.presentation.Ignored is only mentioned in a comment\n")
                .append("    private static final String NOTE = \"com.acme.bench.infrastructure.NotAnImport\";\n")
                .append("    private final List<String> names = List.of(\"a\", \"b\");\n");
        // each import is used, so the compiled class depends on it too and ArchUnit sees the same edges
        for (int peer = 0; peer < imported.size(); peer++) {
            source.append("    private ").append(imported.get(peer)).append(" peer").append(peer).append(";\n");
        }
        source.append("\n    public int size() {\n        return names.size() + NOTE.length();\n    }\n}\n");
        file("src/main/java/" + pkg.replace('.', '/') + "/" + type + ".java", source.toString());
        file("src/test/java/" + pkg.replace('.', '/') + "/" + type + "Test.java", "package " + pkg + ";\n\n"
                + "import org.junit.jupiter.api.Test;\n\nclass " + type + "Test {\n\n    @Test\n"
                + "    void sizeCountsNames() {\n        new " + type + "().size();\n    }\n}\n");
    }

    private void pythonModule(String layer, String module, int index, int modules, boolean violating)
            throws IOException {
        StringBuilder source = new StringBuilder("\"\"\"A module of the ").append(layer)
                .append(" layer.\n\nimport bench.infrastructure is only mentioned here.\n\"\"\"\n");
        for (String used : allowed(layer)) {
            int other = sibling(modules, used, index);
            source.append("from bench.").append(used).append(".module").append(other).append(" import file")
                    .append(index % CLASSES_PER_MODULE).append("\n");
        }
        source.append("from . import file").append((index + 1) % CLASSES_PER_MODULE).append("\n");
        if (violating) {
            source.append("from bench.infrastructure.module").append(sibling(modules, "infrastructure", index))
                    .append(" import file0\n");
        }
        source.append("\n# from bench.presentation import nothing\nNOTE = \"import bench.infrastructure\"\n\n\n")
                .append("def size(names):\n    return len(names) + len(NOTE)\n");
        file("src/bench/" + layer + "/" + module + "/file" + index + ".py", source.toString());
        file("tests/unit/" + layer + "/" + module + "/test_file" + index + ".py", "from bench." + layer + "."
                + module + " import file" + index + "\n\n\ndef test_size():\n    assert file" + index
                + ".size([]) > 0\n");
    }

    /** The layers a layer may use, besides itself. */
    private static List<String> allowed(String layer) {
        return switch (layer) {
            case "domain" -> List.of("shared");
            case "application" -> List.of("domain", "shared");
            case "infrastructure", "presentation" -> List.of("application", "domain", "shared");
            default -> List.of();
        };
    }

    /** A module of the given layer near the index, so imports spread over the tree. */
    private static int sibling(int modules, String layer, int index) {
        int offset = LAYERS.indexOf(layer);
        int candidate = (index / LAYERS.size()) * LAYERS.size() + offset;
        return candidate < modules ? candidate : offset % Math.max(1, Math.min(modules, LAYERS.size()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void file(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        files++;
    }
}
