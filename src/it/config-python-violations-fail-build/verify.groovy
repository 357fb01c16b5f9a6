import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

def expected = [
    "[ERROR] config-placement: 2 errors",
    "[ERROR] ${root}/src/shop/.env [config-placement] environment file outside config/environments/ (fix: config/environments/.env)",
    "[ERROR] ${root}/src/shop/settings.yml [config-placement] configuration file outside config/ (fix: config/settings.yml)",
    "[ERROR] config-environment: 1 error",
    "[ERROR] ${root}/config/environments/dev.yml [config-environment] environment configuration for 'dev'; known environments: development, testing, staging, production; rename it, or add 'dev' to <config><environments>",
    "[ERROR] config-secret: 4 errors",
    "[ERROR] ${root}/.env:[2,1] [config-secret] secret key SECRET_KEY holds a literal value; allowed: an empty value, with the secret set in the environment that runs the code",
    "[ERROR] ${root}/config/defaults/app.toml:[3,1] [config-secret] secret key payments.api_key holds a literal value; allowed: an empty value or a placeholder such as \${PAYMENTS_API_KEY}",
    "[ERROR] ${root}/config/defaults/app.toml:[8,1] [config-secret] secret key jwt.signing_key holds a literal value; allowed: an empty value or a placeholder such as \${JWT_SIGNING_KEY}",
    "[ERROR] ${root}/deploy/docker/docker-compose.yml:[5,1] [config-secret] secret key services.db.environment.POSTGRES_PASSWORD holds a literal value; allowed: an empty value or a placeholder such as \${SERVICES_DB_ENVIRONMENT_POSTGRES_PASSWORD}",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 7 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 7 layout errors')

def reportFile = new File(basedir, 'target/layout/report.json')
def report = new JsonSlurper().parse(reportFile)
assert report.preset == 'python'
assert report.violations*.rule.countBy { it } == ['config-placement': 2, 'config-environment': 1, 'config-secret': 4]
assert report.violations.find { it.rule == 'config-placement' && it.path == 'src/shop/.env' } ==
        [rule: 'config-placement', severity: 'error', path: 'src/shop/.env', line: null,
         message: 'environment file outside config/environments/', fix: 'config/environments/.env']
// the root .env is root-prohibited's to move: the config rules only read it for secrets
assert report.violations.findAll { it.path == '.env' }*.rule == ['config-secret']

def outputs = [log, reportFile.text]
['Bt5NwQ8rKz3VmJ6x', 'Pm4XsD9cTg2WhR7k', 'Fy8LqZ3bNc6TvK1w', 'Gd2RvM7kWp4SxE9n'].each { secret ->
    (0..secret.length() - 6).each { start ->
        def part = secret.substring(start, start + 6)
        outputs.each { text -> assert !text.contains(part) : "an output holds part of a planted secret: ${part}" }
    }
}

return true
