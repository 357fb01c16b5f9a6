import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

// The files its tools read in the root (license, changes, lock file, editor, Read the Docs, mkdocs, pyenv,
// .dockerignore) are no finding. Where the plan keeps a tool's file elsewhere, a warning says where and what else
// the move takes, and offers no fix. tests/pytest.ini (pytest's settings beside the tests) and tests/helpers.py (a
// module the tests import) are where they belong.
def expected = [
    "[WARNING] root-preferred-home: 3 warnings",
    "[WARNING] ${root}/Dockerfile [root-preferred-home] Docker file in the project root, where docker build looks for it; the target layout keeps it in deploy/docker/: after the move, build with docker build -f deploy/docker/Dockerfile . (the build context and .dockerignore stay in the root) in every script, CI job and document that builds the image",
    "[WARNING] ${root}/compose.yaml [root-preferred-home] Compose file in the project root, where docker compose looks for it; the target layout keeps it in deploy/docker/: after the move, run docker compose -f deploy/docker/compose.yaml, make every relative path in it (build contexts, env files, bind mounts) relative to deploy/docker/ (build: . becomes build: ../..), and give tools that find it by name its new path (Spring Boot's spring.docker.compose.file)",
    "[WARNING] ${root}/mypy.ini [root-preferred-home] mypy settings file in the project root; the target layout keeps it in pyproject.toml [tool.mypy]: mypy reads the same settings from there, so move them into pyproject.toml and delete mypy.ini",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[WARNING\] 0 errors, 3 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
assert report.violations.collect { [it.rule, it.severity, it.path, it.fix] } == [
    ['root-preferred-home', 'warning', 'Dockerfile', null],
    ['root-preferred-home', 'warning', 'compose.yaml', null],
    ['root-preferred-home', 'warning', 'mypy.ini', null],
]
