package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.source.JvmTestClass;
import dev.layoutguard.domain.source.PythonTestModule;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.source.SourceFiles;

/** The test facts of source files, from their per-file analysis; a file that cannot be read holds no tests. */
final class TestSources {

    private final SourceFiles files;

    TestSources(Project project) {
        this.files = project.sources();
    }

    /** A Java or Kotlin file's test facts; {@link JvmTestClass#NONE} when it cannot be read. Thread-safe. */
    JvmTestClass jvm(String path) {
        return files.file(path).map(SourceFile::testClass).orElse(JvmTestClass.NONE);
    }

    /** A Python module's test facts; {@link PythonTestModule#NONE} when it cannot be read. Thread-safe. */
    PythonTestModule python(String path) {
        return files.file(path).map(SourceFile::pythonTests).orElse(PythonTestModule.NONE);
    }
}
