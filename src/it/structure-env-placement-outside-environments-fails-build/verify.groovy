import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

def expected = [
    "[ERROR] env-placement: 2 errors",
    "[ERROR] ${root}/environments/py312 [env-placement] virtual environment in environments/ without the dot prefix (it holds pyvenv.cfg); environments live only as environments/.<name>/ (fix: environments/.py312)",
    "[ERROR] ${root}/tools/venv [env-placement] virtual environment outside environments/ (it holds pyvenv.cfg); environments live only as environments/.<name>/ (fix: environments/.venv)",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 2 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 2 layout errors')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
// environments/.venv is where the plan keeps it, and the virtual environment vendored inside it is never looked at;
// the root .venv is root-prohibited's to move; a file merely named like the marker makes no virtual environment
assert report.violations == [
    [rule: 'env-placement', severity: 'error', path: 'environments/py312', line: null,
     message: 'virtual environment in environments/ without the dot prefix (it holds pyvenv.cfg); environments live only as environments/.<name>/',
     fix: 'environments/.py312'],
    [rule: 'env-placement', severity: 'error', path: 'tools/venv', line: null,
     message: 'virtual environment outside environments/ (it holds pyvenv.cfg); environments live only as environments/.<name>/',
     fix: 'environments/.venv'],
]
assert report.metrics.misplacedFiles == 2
true
