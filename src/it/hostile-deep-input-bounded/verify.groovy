import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('StackOverflowError') && !log.contains('OutOfMemoryError')
def root = basedir.canonicalFile.absolutePath
def resources = "${root}/src/main/resources"
// each bound is a warning naming the file and what was not checked
assert log.contains("[WARNING] ${resources}/deep.yml:[1,1] [config-syntax] not valid YAML: a key path is longer than "
        + "4096 characters; keys after this point may not have been checked for secrets")
assert log.contains("[config-syntax] not read: it is larger than 16 MB; it was not checked for secrets")
// the secret 1,500 directories down is still found
def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
def secret = report.violations.find { it.rule == 'config-secret' }
assert secret != null && secret.path.endsWith('/d/app.yml') : report.violations*.path
// and the 50 MB name wrote no report of its size
assert new File(basedir, 'target/layout/report-junit.xml').length() < 1024 * 1024
assert new File(basedir, 'target/layout/report.json').length() < 1024 * 1024
