import groovy.json.JsonSlurper

// Under LC_ALL=C a non-ASCII name crashed the check ("Malformed input") or hid a secret; now each is checked and
// reported by its real name (the report is UTF-8 whatever the console can print).
def log = new File(basedir, 'build.log').text
assert !log.contains('Malformed input') : 'a name stopped the check'
assert !log.contains('Cannot read the project directory') : 'the walk failed'
def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'), 'UTF-8')
def found = report.violations.collect { "${it.rule} ${it.path}".toString() } as Set
assert found.contains('root-prohibited \u00dcn\u00efcode_GUIDE.md') : found
assert found.contains('config-secret src/main/resources/configuraci\u00f3n.properties') : found
assert report.violations.every { !it.path.contains('\ufffd') } : found
