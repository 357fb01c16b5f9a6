package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the tests rules learn from reading source files: each file is read and lexed at most once per run. */
public final class TestSources {

    private final Project project;
    private final Set<String> annotations;
    private final Map<String, JvmTestClass> jvm = new ConcurrentHashMap<>();
    private final Map<String, PythonTestModule> python = new ConcurrentHashMap<>();

    private TestSources(Project project) {
        this.project = project;
        this.annotations = Set.copyOf(project.preset().tests().testAnnotations());
    }

    /** The project's shared instance. */
    public static TestSources of(Project project) {
        return project.analysis(TestSources.class, TestSources::new);
    }

    /** A Java or Kotlin file's test facts; {@link JvmTestClass#NONE} when it cannot be read. */
    public JvmTestClass jvm(String path) {
        return jvm.computeIfAbsent(path, key -> project.read(key)
                .map(text -> JvmTestLexer.read(text, stem(key), annotations, key.endsWith(".kt")))
                .orElse(JvmTestClass.NONE));
    }

    /** A Python module's test facts; {@link PythonTestModule#NONE} when it cannot be read. */
    public PythonTestModule python(String path) {
        return python.computeIfAbsent(path, key -> project.read(key).map(PythonTestLexer::read)
                .orElse(PythonTestModule.NONE));
    }

    /** A file's name without its directory and extension. */
    public static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(slash + 1, dot) : path.substring(slash + 1);
    }
}
