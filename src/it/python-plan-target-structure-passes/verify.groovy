import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert new File(basedir, 'storage/logs/pynomaly.log').isFile() : 'prebuild.groovy wrote no runtime data'
assert new File(basedir, 'environments/.venv/pyvenv.cfg').isFile() : 'prebuild.groovy wrote no virtual environment'
assert log =~ /\[INFO\] LayoutGuard \S+: python preset, \d+ rules, \d+ files/
assert log =~ /\[INFO\] 0 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
def health = '[INFO] Layout health: 12 root files (limit 12), depth 4 (limit 4), 0 misplaced files, naming 100% compliant, 9 of 9 unit tests mirrored, 22 sources without a unit test, 76 of 77 sources in layers'
assert log.contains(health + System.lineSeparator()) : "build.log lacks: ${health}"
assert !log.contains('[WARNING] ') : 'the check warned about something'

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
assert report.violations == []
assert report.summary.errors == 0
assert report.summary.warnings == 0
[rootFiles: 12, maxDepth: 4, misplacedFiles: 0, namingCompliance: 100].each { name, value -> assert report.metrics[name] == value : name }
true
