package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.PublicTypes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the tests rules learn from reading source files: each file is read and lexed at most once per run. */
public final class TestSources {

    private final Project project;
    private final Set<String> annotations;
    private final PublicTypes publicTypes;
    // room for every file up front: threads recording at once never wait on a resize
    private final Map<String, JvmTestClass> jvm;
    private final Map<String, PythonTestModule> python;

    private TestSources(Project project) {
        this.project = project;
        this.annotations = Set.copyOf(project.preset().tests().testAnnotations());
        this.publicTypes = PublicTypes.of(project);
        int files = project.tree().entries().size();
        boolean jvmStyle = project.preset().tests().style() == TestStyle.JVM;
        this.jvm = new ConcurrentHashMap<>(jvmStyle ? files : 16);
        this.python = new ConcurrentHashMap<>(jvmStyle ? 16 : files);
    }

    /** The project's shared instance. */
    public static TestSources of(Project project) {
        return project.analysis(TestSources.class, TestSources::new);
    }

    /**
     * A Java or Kotlin file's test facts; {@link JvmTestClass#NONE} when it cannot be read. A Java file's public type
     * is recorded on the way, so the naming rule does not read the file again. Safe to call from several threads.
     */
    public JvmTestClass jvm(String path) {
        JvmTestClass known = jvm.get(path);
        if (known != null) {
            return known;
        }
        // read outside the map's lock, which would stall threads reading files that hash alike; two threads asking
        // for the same file at the same moment (a base class, say) may both read it, and the first result is kept
        Optional<String> text = project.read(path);
        if (path.endsWith(".java")) {
            text.ifPresent(source -> publicTypes.record(path, source));
        }
        JvmTestClass facts = text.map(source -> JvmTestLexer.read(source, stem(path), annotations,
                path.endsWith(".kt"))).orElse(JvmTestClass.NONE);
        JvmTestClass raced = jvm.putIfAbsent(path, facts);
        return raced != null ? raced : facts;
    }

    /** A Python module's test facts; {@link PythonTestModule#NONE} when it cannot be read. Thread-safe. */
    public PythonTestModule python(String path) {
        PythonTestModule known = python.get(path);
        if (known != null) {
            return known;
        }
        PythonTestModule facts = project.read(path).map(PythonTestLexer::read).orElse(PythonTestModule.NONE);
        PythonTestModule raced = python.putIfAbsent(path, facts);
        return raced != null ? raced : facts;
    }

    /** A file's name without its directory and extension. */
    public static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(slash + 1, dot) : path.substring(slash + 1);
    }
}
