def log = new File(basedir, 'build.log').text

def expected = [
    "[INFO] Moving (as git mv does for entries git tracks, a plain move otherwise):",
    "[INFO]   moved OrderServiceTest.java -> src/test/java/OrderServiceTest.java",
    "[INFO]   moved application.yml -> src/main/resources/application.yml",
    "[WARNING]   skipped SETUP_GUIDE.md -> docs/SETUP_GUIDE.md: docs/SETUP_GUIDE.md already exists; nothing is overwritten",
    "[INFO] 2 moved (0 with git), 1 skipped, 0 failed; 4 violations without a fix need a person (mvn layout:check lists them)",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log.contains('BUILD SUCCESS')

assert !new File(basedir, 'application.yml').exists()
assert new File(basedir, 'src/main/resources/application.yml').text == 'server:\n  port: 8080\n'
// docker build reads the Dockerfile in the root: its warning has no fix, so it is never moved
assert new File(basedir, 'Dockerfile').text == 'FROM scratch\n'
assert !new File(basedir, 'deploy').exists()
assert !new File(basedir, 'OrderServiceTest.java').exists()
assert new File(basedir, 'src/test/java/OrderServiceTest.java').text == 'class OrderServiceTest {}\n'
// never overwritten: both copies of the guide are as they were
assert new File(basedir, 'SETUP_GUIDE.md').text == '# Setup, the root copy\n'
assert new File(basedir, 'docs/SETUP_GUIDE.md').text == '# Setup, the docs copy\n'
// violations without a fix stay for a person
assert new File(basedir, 'server.log').exists()
assert new File(basedir, 'notes.txt').exists()
