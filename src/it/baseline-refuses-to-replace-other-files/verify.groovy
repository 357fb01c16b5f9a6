def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

assert log.contains("Cannot write the baseline ${root}/pom.xml: it is not a LayoutGuard baseline (it lacks " +
        "\"tool\": \"layoutguard\"), and the baseline goal replaces only its own files; point layout.baseline at " +
        "another file, or delete this one first")
assert !log.contains('Replacing the unreadable baseline')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')

// The pom keeps every byte, and no temporary file was left next to it.
assert new File(basedir, 'pom.xml').bytes == new File(basedir, 'target/pom-before.xml').bytes
assert !basedir.list().any { it.endsWith('.tmp') }
