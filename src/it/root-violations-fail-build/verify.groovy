import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

def expected = [
    "[ERROR] root-prohibited: 5 errors",
    "[ERROR] ${root}/OrderServiceTest.java [root-prohibited] test class in the project root (matches *Test.java) (fix: src/test/java/OrderServiceTest.java)",
    "[ERROR] ${root}/SETUP_GUIDE.md [root-prohibited] guide in the project root (matches *_GUIDE.md) (fix: docs/SETUP_GUIDE.md)",
    "[ERROR] ${root}/Scratch.java [root-prohibited] Java source in the project root (matches *.java) (fix: src/main/java/Scratch.java)",
    "[ERROR] ${root}/application-local.yml [root-prohibited] application configuration in the project root (matches application*.yml) (fix: src/main/resources/application-local.yml)",
    "[ERROR] ${root}/server.log [root-prohibited] log file in the project root; delete it and keep logs out of the repository (matches *.log)",
    // what is left once the tools' entries are allowed is the plan's preference: a warning in the maven preset
    "[WARNING] root-allowlist: 2 warnings",
    "[WARNING] ${root}/notes.txt [root-allowlist] file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>",
    "[WARNING] ${root}/tmp [root-allowlist] directory not allowed in the project root by the maven preset (allowed: src, docs, config, deploy, scripts, examples, and the build's modules)",
    // docker build reads the Dockerfile in the root: moving it takes more than a move, so no fix
    "[WARNING] root-preferred-home: 1 warning",
    "[WARNING] ${root}/Dockerfile [root-preferred-home] Docker file in the project root, where docker build looks for it; the target layout keeps it in deploy/docker/: after the move, build with docker build -f deploy/docker/Dockerfile . (the build context and .dockerignore stay in the root) in every script, CI job and document that builds the image",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
// src/main/java holds only App.java: a project that neither configures nor shows layers is not held to any
assert !log.contains("[layer-missing]")
assert log =~ /\[ERROR\] 5 errors, 3 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 5 layout errors')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.tool == 'layoutguard'
assert report.preset == 'maven'
assert report.summary.errors == 5
assert report.summary.warnings == 3
assert report.metrics.rootFiles == 12
def docker = report.violations.find { it.path == 'Dockerfile' }
assert docker.rule == 'root-preferred-home'
assert docker.severity == 'warning'
assert docker.fix == null
assert report.violations.find { it.path == 'server.log' }.fix == null
assert report.violations.findAll { it.rule.startsWith('root-') }*.path.sort() == ['Dockerfile', 'OrderServiceTest.java', 'SETUP_GUIDE.md', 'Scratch.java',
                                           'application-local.yml', 'notes.txt', 'server.log', 'tmp']
