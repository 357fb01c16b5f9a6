import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def buckpal = "${basedir.canonicalFile.absolutePath}/src/main/java/io/acme/buckpal"

// one execution describes the whole hexagon: application.port.in is port-in, not the application package around it
def expected = [
    "[ERROR] layer-dependency: 2 errors",
    "[ERROR] ${buckpal}/adapter/in/web/SendMoneyController.java:[4,1] [layer-dependency] web imports service (io.acme.buckpal.application.service.SendMoneyService); web may use only domain and port-in; move what both need into a layer both may use (domain or port-in)",
    "[ERROR] ${buckpal}/application/domain/Account.java:[3,1] [layer-dependency] domain imports port-out (io.acme.buckpal.application.port.out.LoadAccountPort); domain may use no other layer; move this code into port-out, or move what it needs into domain",
    "[ERROR] layer-unknown-package: 1 error",
    "[ERROR] ${buckpal}/common [layer-unknown-package] package io.acme.buckpal.common is not a layer (layers: domain, port-in, port-out, service, web, persistence); move its code into a layer, or declare it as a layer's package in <layers>",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert !log.contains('[layer-missing]')
assert log =~ /\[ERROR\] 3 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
[layeredSources: 6, sources: 8, unreadableSources: 0].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations.count { it.rule == 'layer-dependency' } == 2
