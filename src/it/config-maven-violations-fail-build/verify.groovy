import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

def expected = [
    "[ERROR] config-placement: 2 errors",
    "[ERROR] ${root}/src/main/java/com/acme/messages.properties [config-placement] configuration file among the sources of src/main/java; configuration belongs in src/main/resources (fix: src/main/resources/com/acme/messages.properties)",
    "[ERROR] ${root}/src/test/java/com/acme/fixture.yml [config-placement] configuration file among the sources of src/test/java; configuration belongs in src/test/resources (fix: src/test/resources/com/acme/fixture.yml)",
    "[ERROR] config-environment: 1 error",
    "[ERROR] ${root}/src/main/resources/application-local.yml [config-environment] environment configuration for 'local'; known environments: dev, test, staging, prod; rename it, or add 'local' to <config><environments>",
    "[ERROR] config-secret: 3 errors",
    "[ERROR] ${root}/src/main/resources/application.yml:[10,1] [config-secret] secret key spring.security.client-secret holds a literal value; allowed: an empty value or a placeholder such as \${SPRING_SECURITY_CLIENT_SECRET}",
    "[ERROR] ${root}/src/main/resources/db.properties:[1,1] [config-secret] secret key db.password holds a literal value; allowed: an empty value or a placeholder such as \${DB_PASSWORD}",
    "[ERROR] ${root}/src/main/resources/db.properties:[3,1] [config-secret] URL with a literal password in db.url; allowed: a URL without a password, or a \${VAR} placeholder for it",
    "[WARNING] config-syntax: 1 warning",
    "[WARNING] ${root}/src/main/resources/broken.json:[2,1] [config-syntax] not valid JSON: expected ':' after a key; keys after this point may not have been checked for secrets",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 6 errors, 1 warning, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 6 layout errors')

def reportFile = new File(basedir, 'target/layout/report.json')
def report = new JsonSlurper().parse(reportFile)
assert report.preset == 'maven'
assert report.summary.errors == 6
assert report.summary.warnings == 1
assert report.violations.find { it.rule == 'config-secret' && it.path == 'src/main/resources/db.properties' && it.line == 1 } ==
        [rule: 'config-secret', severity: 'error', path: 'src/main/resources/db.properties', line: 1,
         message: 'secret key db.password holds a literal value; allowed: an empty value or a placeholder such as ${DB_PASSWORD}',
         fix: null]
assert report.violations.find { it.rule == 'config-placement' && it.path == 'src/main/java/com/acme/messages.properties' }.fix ==
        'src/main/resources/com/acme/messages.properties'
assert report.violations*.rule.countBy { it } == ['config-placement': 2, 'config-environment': 1, 'config-secret': 3, 'config-syntax': 1]

// The planted values, and every part of them, appear in no output.
def outputs = [log, reportFile.text]
['Qv7TzR2mWx9KpL4s', 'Hn3JcY8eBd5UfG1a', 'Lr6PwK2zXs8NqE4t'].each { secret ->
    (0..secret.length() - 6).each { start ->
        def part = secret.substring(start, start + 6)
        outputs.each { text -> assert !text.contains(part) : "an output holds part of a planted secret: ${part}" }
    }
}

return true
