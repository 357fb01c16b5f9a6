import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def advice = 'application may use only domain and shared; invert it: let application own an interface that infrastructure implements'

// The use case module's pom dependency on the infrastructure module, at the line of its <dependency>, and its import
// of a class the infrastructure module holds: the same graph judges both.
def expected = [
    "[ERROR] layer-dependency: 2 errors",
    "[ERROR] ${root}/shop-application/pom.xml:[18,1] [layer-dependency] application depends on infrastructure (module shop-infrastructure); ${advice}",
    "[ERROR] ${root}/shop-application/src/main/java/com/acme/shop/application/PlaceOrder.java:[4,1] [layer-dependency] application imports infrastructure (com.acme.shop.infrastructure.JdbcOrders); ${advice}",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}

// Each module holds one layer: none of the others is missing, since a sibling module holds it, and shop-app is
// presentation by its artifactId though its package (boot) names no layer.
assert !log.contains('[layer-missing]')
assert !log.contains('[layer-unknown-package]')
// An outer module on inner ones, a runtime dependency, and a module whose artifactId merely holds a layer's word
// are no findings; every module was checked.
['shop-domain', 'shop-application', 'shop-infrastructure', 'shop-app', 'shop-domain-events-docs'].each { module ->
    assert new File(basedir, "${module}/target/layout/report.json").exists() : module
}
def app = new JsonSlurper().parse(new File(basedir, 'shop-app/target/layout/report.json'))
assert app.violations == []
assert app.metrics.layeredSources == 1

def all = new JsonSlurper().parse(new File(basedir, 'target/layout/aggregate/report.json'))
assert all.violations.collect { "${it.path}:${it.line}".toString() } == [
        'shop-application/pom.xml:18', 'shop-application/src/main/java/com/acme/shop/application/PlaceOrder.java:4']
assert all.metrics.layeredSources == all.metrics.sources
assert log.contains('BUILD SUCCESS')
