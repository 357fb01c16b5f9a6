import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

def expected = [
    "[INFO] Baseline config/layout-baseline.json accepts 2 violations",
    "[ERROR] root-prohibited: 1 error",
    "[ERROR] ${root}/USER_GUIDE.md [root-prohibited] guide in the project root (matches *_GUIDE.md) (fix: docs/USER_GUIDE.md)",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 1 error, 0 warnings, 2 baselined in \d+ files, \d+ ms/
assert !log.contains("${root}/Dockerfile [")
assert !log.contains("${root}/notes.txt [")
assert log.contains('LayoutGuard found 1 layout error')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.summary.errors == 1
assert report.summary.baselined == 2
assert report.violations*.path == ['USER_GUIDE.md']
