import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

// the enforcer rule prints the check goal's lines, configured by the same parameters
def expected = [
    "[ERROR] root-prohibited: 1 error",
    "[ERROR] ${root}/OrderServiceTest.java [root-prohibited] test class in the project root (matches *Test.java) (fix: src/test/java/OrderServiceTest.java)",
    "[ERROR] layer-dependency: 1 error",
    "[ERROR] ${root}/src/main/java/com/acme/shop/domain/Order.java:[3,1] [layer-dependency] domain imports infrastructure (com.acme.shop.infrastructure.OrderStore); domain may use only shared; invert it: let domain own an interface that infrastructure implements",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert !log.contains('layer-missing')
// and the enforcer fails the build with the goal's message
assert log.contains('LayoutGuard found 2 layout errors')
assert log.contains('maven-enforcer-plugin')
assert log.contains('BUILD FAILURE')

def layout = new File(basedir, 'target/layout')
// the report the configuration asks for, and the result kept for the next build
assert (layout.list() as List).sort() == ['cache', 'report.json']
def report = new JsonSlurper().parse(new File(layout, 'report.json'))
assert report.summary.errors == 2
assert report.version != 'unknown'
assert report.violations*.rule.sort() == ['layer-dependency', 'root-prohibited']
