import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

// LICENSE.txt, NOTICE, SECURITY.md, CODE_OF_CONDUCT.md, .editorconfig, .gitattributes, .github/ and .dockerignore are
// where their tools read them; the tests sit where Surefire finds them, named as its includes name them (PriceCheck
// runs, so it is no "never runs"); OrderTotalsTest (Order's tests split by feature) and ShopIntegrationTest (the whole
// application) mirror no class of their own name and are not told to; the configuration is in src/main/resources. The one finding is the plan's home for
// the Dockerfile, a warning that says what else its move takes.
def expected = [
    "[WARNING] root-preferred-home: 1 warning",
    "[WARNING] ${root}/Dockerfile [root-preferred-home] Docker file in the project root, where docker build looks for it; the target layout keeps it in deploy/docker/: after the move, build with docker build -f deploy/docker/Dockerfile . (the build context and .dockerignore stay in the root) in every script, CI job and document that builds the image",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[WARNING\] 0 errors, 1 warning, 0 baselined in \d+ files, \d+ ms/
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'maven'
assert report.violations.collect { [it.rule, it.severity, it.path, it.fix] } ==
        [['root-preferred-home', 'warning', 'Dockerfile', null]]
assert report.metrics.unitTests == 4
assert report.metrics.mirroredUnitTests == 3
