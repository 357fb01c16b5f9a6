import groovy.json.JsonSlurper

// Under LC_ALL=C the JVM decodes non-ASCII names as '?': the check crashed ("Malformed input"), missed the guide in
// the root and left the secret unchecked. Now each is checked and reported by its real name: the report is UTF-8,
// the console, which cannot print them, writes each letter as an escape; fix moves the guide under its real name.
def log = new File(basedir, 'build.log').text
assert !log.contains('Malformed input') : 'a name stopped the check'
assert !log.contains('\tat ') && !log.contains('InvalidPathException') : 'a stack trace'
assert !log.contains('?n?code') : 'a name printed as question marks'
def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'), 'UTF-8')
def found = report.violations.collect { "${it.rule} ${it.path}".toString() } as Set
assert found == ['root-prohibited \u00dcn\u00efcode_GUIDE.md',
                 'config-secret src/main/resources/configuraci\u00f3n.properties'] as Set : found

assert log.contains('moved \\u00dcn\\u00efcode_GUIDE.md -> docs/\\u00dcn\\u00efcode_GUIDE.md') : 'fix line'
assert !new File(basedir, '\u00dcn\u00efcode_GUIDE.md').exists()
assert new File(basedir, 'docs/\u00dcn\u00efcode_GUIDE.md').text == '# Guide\n'
assert new File(basedir, 'docs/r\u00e9f\u00e9rences/index.md').text == '# Index\n'
