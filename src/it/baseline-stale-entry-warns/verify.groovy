import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def stale = 'stale baseline entry: the baseline accepts 1 violation of this rule here, the check found none; ' +
        'run mvn layout:baseline to shrink the baseline'

def expected = [
    "[WARNING] root-prohibited: 1 warning",
    "[WARNING] ${root}/OrderServiceTest.java [root-prohibited] ${stale}",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[WARNING\] 0 errors, 1 warning, 1 baselined in \d+ files, \d+ ms/
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.summary.baselined == 1
assert report.violations == [[rule: 'root-prohibited', severity: 'warning', path: 'OrderServiceTest.java', line: null,
                              message: stale, fix: null]]
