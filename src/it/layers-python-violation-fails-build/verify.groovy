import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def shop = "${basedir.canonicalFile.absolutePath}/src/shop"

def expected = [
    "[ERROR] layer-dependency: 3 errors",
    "[ERROR] ${shop}/application/orders.py:[6,1] [layer-dependency] application imports infrastructure (shop.infrastructure); application may use only domain and shared; invert it: let application own an interface that infrastructure implements",
    "[ERROR] ${shop}/domain/model.py:[9,1] [layer-dependency] domain imports infrastructure (shop.infrastructure.db); domain may use only shared; invert it: let domain own an interface that infrastructure implements",
    "[ERROR] ${shop}/domain/model.py:[13,1] [layer-dependency] domain imports presentation (shop.presentation.cli); domain may use only shared; presentation calls domain, not the other way: move what domain needs into domain, and let presentation pass in the rest",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 3 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 3 layout errors')
assert log.contains(': python preset, 3 rules, ')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
[layeredSources: 10, unreadableSources: 0].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations*.path == ['src/shop/application/orders.py', 'src/shop/domain/model.py',
                                   'src/shop/domain/model.py']
assert report.violations*.line == [6, 9, 13]
