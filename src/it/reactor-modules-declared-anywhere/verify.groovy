import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

// build/pom.xml declares ../core and ../core.test, and ../core.test.jdk99 in a profile that is not active: all three
// are the build's modules, not stray directories of the root. scratch/ holds a pom.xml that no pom declares: a
// separate project, flagged with its hint.
def rootReport = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert rootReport.violations.collect { [it.rule, it.path] } == [['root-allowlist', 'scratch']]
assert log.contains("[WARNING] ${root}/scratch [root-allowlist] directory not allowed in the project root by the maven preset (allowed: src, docs, config, deploy, scripts, examples, and the build's modules); it holds a pom.xml: declare it as a module or move it\n".toString())
['build', 'core', 'core.test', 'core.test.jdk99'].each { module ->
    assert !log.contains("${root}/${module} [".toString()) : module
}
// the inactive profile's module is not built, so nothing inside it is checked
assert !new File(basedir, 'core.test.jdk99/target').exists()

// core.test compiles src and Surefire reads its tests there (testSourceDirectory): they are where tests live, and
// the runner's includes (**/*Test.java) decide which of them run.
def test = new JsonSlurper().parse(new File(basedir, 'core.test/target/layout/report.json'))
assert !test.violations.any { it.rule == 'test-category' }
assert test.violations.findAll { it.rule == 'test-naming' }.collect { [it.path, it.line, it.message] } == [
    ['src/org/acme/core/OrderChecks.java', 5, 'class OrderChecks has 2 test methods, but its name matches none of ' +
            '*Test, IT*, *IT, *ITCase, so Surefire and Failsafe never run it: its tests silently never run; rename ' +
            'it, such as OrderChecksTest'],
]
assert log.contains('LayoutGuard aggregate of 4 modules of 4')
assert log.contains('BUILD SUCCESS')
