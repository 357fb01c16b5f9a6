import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def shop = "${basedir.canonicalFile.absolutePath}/src/shop"

def expected = [
    "[ERROR] layer-dependency: 3 errors",
    "[ERROR] ${shop}/application/orders.py:[6,1] [layer-dependency] application imports infrastructure (shop.infrastructure); application may use only domain and shared; invert it: let application own an interface that infrastructure implements",
    "[ERROR] ${shop}/domain/model.py:[9,1] [layer-dependency] domain imports infrastructure (shop.infrastructure.db); domain may use only shared; invert it: let domain own an interface that infrastructure implements",
    "[ERROR] ${shop}/domain/model.py:[13,1] [layer-dependency] domain imports presentation (shop.presentation.cli); domain may use only shared; presentation calls domain, not the other way: move what domain needs into domain, and let presentation pass in the rest",
    "[ERROR] layer-forbidden-import: 2 errors",
    "[ERROR] ${shop}/domain/model.py:[23,1] [layer-forbidden-import] domain imports sqlalchemy.orm, but domain may not use sqlalchemy (<layers><forbidden>); keep it in an outer layer behind an interface domain owns",
    "[ERROR] ${shop}/domain/model.py:[24,1] [layer-forbidden-import] domain imports fastapi, but domain may not use fastapi (<layers><forbidden>); keep it in an outer layer behind an interface domain owns",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 5 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 5 layout errors')
assert log.contains(': python preset, 4 rules, ')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
[layeredSources: 10, unreadableSources: 0].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations*.path == ['src/shop/application/orders.py', 'src/shop/domain/model.py',
                                   'src/shop/domain/model.py', 'src/shop/domain/model.py', 'src/shop/domain/model.py']
assert report.violations*.line == [6, 9, 13, 23, 24]
