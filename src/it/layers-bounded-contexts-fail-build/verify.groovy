import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def invoice = "${root}/src/billing/main/java/com/acme/billing/invoices/domain/Invoice.java"

def expected = [
    // the layers of both ends decide, whichever context they sit in
    "[ERROR] layer-dependency: 1 error",
    "[ERROR] ${invoice}:[3,1] [layer-dependency] domain imports application (com.acme.shipping.parcels.application.ShipParcel); domain may use only shared; application builds on domain, not the other way: move what domain needs into domain",
    "[ERROR] layer-forbidden-import: 2 errors",
    "[ERROR] ${invoice}:[4,1] [layer-forbidden-import] domain imports jakarta.persistence.Entity, but domain may not use jakarta.persistence (<layers><forbidden>); keep it in an outer layer behind an interface domain owns",
    "[ERROR] ${root}/src/shipping/main/kotlin/com/acme/shipping/parcels/domain/Parcel.kt:[3,1] [layer-forbidden-import] domain imports org.springframework.stereotype.Service, but domain may not use org.springframework (<layers><forbidden>); keep it in an outer layer behind an interface domain owns",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
// every layer is held by some context, and the contexts hold nothing else
assert !log.contains('[layer-missing]')
assert !log.contains('[layer-unknown-package]')
assert log =~ /\[ERROR\] 3 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
[layeredSources: 6, sources: 6, unreadableSources: 0].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations.count { it.rule == 'layer-forbidden-import' } == 2
assert report.violations.every { !it.path.contains('/test/') }
