import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def java = "${root}/src/main/java/com/shop"

def expected = [
    "[WARNING] structure-depth: 1 warning",
    "[WARNING] ${java}/domain/order/line/item/detail [structure-depth] directory nested 5 levels below src/main/java/com/shop/, the limit is 4; flatten it or split it into siblings",
    "[WARNING] structure-naming: 2 warnings",
    "[WARNING] ${java}/Web [structure-naming] Java package name is not lower case (letters, digits and underscores, starting with a letter); rename it to web",
    "[WARNING] ${java}/domain/Orders.java:[4,1] [structure-naming] file declares the public type OrderService, so it must be named OrderService.java (fix: src/main/java/com/shop/domain/OrderService.java)",
    "[WARNING] docs-required: 1 warning",
    "[WARNING] ${root}/docs/index.md [docs-required] required documentation file is missing (docs/ must hold index.md)",
    "[WARNING] docs-placement: 1 warning",
    "[WARNING] ${java}/application/notes.md [docs-placement] documentation outside docs/ (only READMEs may sit elsewhere); move it into docs/ (fix: docs/notes.md)",
    "[WARNING] scripts-placement: 1 warning",
    "[WARNING] ${root}/scripts/start.sh [scripts-placement] script directly in scripts/, outside the script categories (build/, test/, deploy/, dev/, maintenance/, validation/); move it into the one that fits",
    "[WARNING] scripts-header: 1 warning",
    "[WARNING] ${root}/scripts/dev/reset.sh [scripts-header] header comment lacks Purpose: and Usage: (the standard header names Purpose: and Usage:)",
    "[WARNING] deploy-placement: 1 warning",
    "[WARNING] ${root}/src/main/docker/Dockerfile [deploy-placement] Docker file outside deploy/; move it into deploy/docker/ (fix: deploy/docker/Dockerfile)",
    "[INFO] Layout health: 3 root files (limit 12), depth 6 (limit 4), 3 misplaced files, naming 86% compliant, no unit tests, 5 sources without a unit test, 4 of 5 sources in layers",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[WARNING\] 0 errors, 8 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'maven'
assert report.summary.errors == 0
assert report.summary.warnings == 8
[rootFiles: 3, maxDepth: 6, misplacedFiles: 3, namingCompliance: 86].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations.find { it.rule == 'structure-naming' && it.line == 4 } ==
        [rule: 'structure-naming', severity: 'warning', path: 'src/main/java/com/shop/domain/Orders.java', line: 4,
         message: 'file declares the public type OrderService, so it must be named OrderService.java',
         fix: 'src/main/java/com/shop/domain/OrderService.java']
