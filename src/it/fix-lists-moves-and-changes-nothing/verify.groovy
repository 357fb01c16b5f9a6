def log = new File(basedir, 'build.log').text

def expected = [
    "[INFO] Planned moves (nothing changes without -Dlayout.apply=true):",
    "[INFO]   OrderServiceTest.java -> src/test/java/OrderServiceTest.java",
    "[INFO]   application.yml -> src/main/resources/application.yml",
    "[WARNING]   skip SETUP_GUIDE.md -> docs/SETUP_GUIDE.md: docs/SETUP_GUIDE.md already exists; nothing is overwritten",
    "[INFO] 2 moves planned, 1 skipped; 4 violations without a fix need a person (mvn layout:check lists them)",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log.contains('BUILD SUCCESS')

// nothing on disk changed
def files = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def path = basedir.toPath().relativize(file.toPath()).toString().replace(File.separator, '/')
    // Maven's own output: target/, and the project-local repository Maven 4.0.0-rc-7 leaves in .mvn/target/
    if (!path.startsWith('target/') && !path.startsWith('.mvn/target/') && path != 'build.log') {
        files << path
    }
}
assert files.sort() == ['Dockerfile', 'OrderServiceTest.java', 'SETUP_GUIDE.md', 'application.yml',
                        'docs/SETUP_GUIDE.md', 'invoker.properties', 'notes.txt', 'pom.xml', 'server.log', 'verify.groovy']
assert !new File(basedir, 'deploy').exists()
assert new File(basedir, 'SETUP_GUIDE.md').text == '# Setup, the root copy\n'
assert new File(basedir, 'docs/SETUP_GUIDE.md').text == '# Setup, the docs copy\n'
