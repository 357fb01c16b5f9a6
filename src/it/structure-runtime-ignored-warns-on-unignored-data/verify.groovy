import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def message = 'runtime data that git does not ignore; storage/ holds generated data: ignore it in .gitignore (and git rm --cached what git already tracks)'

def expected = [
    "[WARNING] runtime-ignored: 2 warnings",
    "[WARNING] ${root}/storage/data/customers.csv [runtime-ignored] ${message}",
    "[WARNING] ${root}/storage/logs/2024-01-01.log [runtime-ignored] ${message}",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[WARNING\] 0 errors, 2 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
// storage/logs/app.log and reports/coverage/ are ignored; the READMEs and storage/data/.gitkeep may stay; a storage
// directory below examples/ is no runtime directory
assert report.violations == [
    [rule: 'runtime-ignored', severity: 'warning', path: 'storage/data/customers.csv', line: null, message: message,
     fix: null],
    [rule: 'runtime-ignored', severity: 'warning', path: 'storage/logs/2024-01-01.log', line: null, message: message,
     fix: null],
]
true
