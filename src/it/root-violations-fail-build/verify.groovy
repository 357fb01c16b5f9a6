import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

def expected = [
    "[ERROR] root-prohibited: 6 errors",
    "[ERROR] ${root}/Dockerfile [root-prohibited] Docker file in the project root (matches Dockerfile*) (fix: deploy/docker/Dockerfile)",
    "[ERROR] ${root}/OrderServiceTest.java [root-prohibited] test class in the project root (matches *Test.java) (fix: src/test/java/OrderServiceTest.java)",
    "[ERROR] ${root}/SETUP_GUIDE.md [root-prohibited] guide in the project root (matches *_GUIDE.md) (fix: docs/SETUP_GUIDE.md)",
    "[ERROR] ${root}/Scratch.java [root-prohibited] Java source in the project root (matches *.java) (fix: src/main/java/Scratch.java)",
    "[ERROR] ${root}/application-local.yml [root-prohibited] application configuration in the project root (matches application*.yml) (fix: src/main/resources/application-local.yml)",
    "[ERROR] ${root}/server.log [root-prohibited] log file in the project root; delete it and keep logs out of the repository (matches *.log)",
    "[ERROR] root-allowlist: 2 errors",
    "[ERROR] ${root}/notes.txt [root-allowlist] file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>",
    "[ERROR] ${root}/tmp [root-allowlist] directory not allowed in the project root by the maven preset (allowed: src, docs, config, deploy, scripts, examples, and the build's modules)",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
// src/main/java holds only App.java: no package holds a layer, so the four required layers are missing
assert log.contains("[WARNING] layer-missing: 4 warnings")
assert log =~ /\[ERROR\] 8 errors, 4 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 8 layout errors')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.tool == 'layoutguard'
assert report.preset == 'maven'
assert report.summary.errors == 8
assert report.summary.warnings == 4
assert report.metrics.rootFiles == 12
def docker = report.violations.find { it.path == 'Dockerfile' }
assert docker == [rule: 'root-prohibited', severity: 'error', path: 'Dockerfile', line: null,
                  message: 'Docker file in the project root (matches Dockerfile*)', fix: 'deploy/docker/Dockerfile']
assert report.violations.find { it.path == 'server.log' }.fix == null
assert report.violations.findAll { it.rule.startsWith('root-') }*.path.sort() == ['Dockerfile', 'OrderServiceTest.java', 'SETUP_GUIDE.md', 'Scratch.java',
                                           'application-local.yml', 'notes.txt', 'server.log', 'tmp']
