package dev.layoutguard.domain.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extraction stays exact: on generated trees, the {@code layer-dependency} findings (file, line, referenced
 * layer) equal what an independent Java parser finds in the same sources, at the same depth and at any depth.
 */
class LayerDependencyScanTest {

    private static final List<String> LAYERS = List.of("domain", "application", "infrastructure", "presentation",
            "shared");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsExactlyWhatAParserFindsInAGeneratedTree(long seed) {
        Random random = new Random(seed);
        boolean contexts = seed % 2 == 0;
        List<String> files = new ArrayList<>();
        for (String context : contexts ? List.of("billing", "shipping") : List.of("")) {
            for (String layer : LAYERS) {
                for (int i = 0; i < 12; i++) {
                    String pkg = "com.acme.gen." + (context.isEmpty() ? "" : context + ".") + layer + ".sub" + (i % 3);
                    files.add("src/main/java/" + pkg.replace('.', '/') + "/C" + i + ".java");
                    files.add(source(random, pkg, "C" + i, contexts));
                }
            }
        }
        Project project = ProjectMother.with(Presets.maven()).files(files.toArray(String[]::new)).build();
        LayerSpace space = LayerSpace.of(project);
        LayerPolicy policy = space.policy();

        Set<String> found = new TreeSet<>();
        for (Finding finding : new LayerDependencyRule().check(project)) {
            found.add(finding.path() + ":" + finding.line() + ":" + space.layerOfName(finding.reference()));
        }
        Set<String> parsed = new TreeSet<>();
        for (int i = 0; i < files.size(); i += 2) {
            String path = files.get(i);
            String from = firstLayer(path.substring("src/main/java/".length()).replace('/', '.'));
            CompilationUnit unit = StaticJavaParser.parse(files.get(i + 1));
            List<Node> names = new ArrayList<>(unit.findAll(ImportDeclaration.class));
            names.addAll(unit.findAll(ClassOrInterfaceType.class));
            names.addAll(unit.findAll(FieldAccessExpr.class));
            for (Node node : names) {
                String name = node instanceof ImportDeclaration imported ? imported.getNameAsString() : node.toString();
                if (!name.startsWith("com.acme.gen.")) {
                    continue;
                }
                String to = firstLayer(name);
                if (to != null && !policy.mayUse(from, to)) {
                    parsed.add(path + ":" + node.getBegin().orElseThrow().line + ":" + to);
                }
            }
        }

        assertTrue(parsed.size() > 20, "the tree has violations to find: " + parsed.size());
        assertEquals(parsed, found);
    }

    /** The first segment of a dotted name that names a layer. */
    private static String firstLayer(String name) {
        for (String segment : name.split("\\.")) {
            if (LAYERS.contains(segment)) {
                return segment;
            }
        }
        return null;
    }

    /** A class whose references of every form point at random layers, with look-alikes in comments and strings. */
    private static String source(Random random, String pkg, String type, boolean contexts) {
        StringBuilder text = new StringBuilder("package " + pkg + ";\n\n");
        List<String> code = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            String target = target(random, contexts);
            switch (random.nextInt(6)) {
                case 0 -> text.append("import ").append(target).append(";\n");
                case 1 -> text.append("import static ").append(target).append(".helper;\n");
                case 2 -> text.append("import ").append(target, 0, target.lastIndexOf('.')).append(".*;\n");
                case 3 -> code.add("    " + target + " field" + i + " = new " + target + "();");
                case 4 -> code.add("    int value" + i + " = " + target + ".CONSTANT;");
                default -> code.add("    void run" + i + "() { " + target + ".helper(); }");
            }
        }
        text.append("import java.util.List;\n\n/** Mentions ").append(target(random, contexts))
                .append(" in a comment. */\npublic class ").append(type).append(" {\n")
                .append("    String note = \"").append(target(random, contexts)).append("\";\n");
        code.forEach(line -> text.append(line).append('\n'));
        return text.append("}\n").toString();
    }

    private static String target(Random random, boolean contexts) {
        String context = contexts ? List.of("billing.", "shipping.").get(random.nextInt(2)) : "";
        return "com.acme.gen." + context + LAYERS.get(random.nextInt(LAYERS.size())) + ".sub" + random.nextInt(3)
                + ".C" + random.nextInt(12);
    }
}
