import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def java = "${root}/src/main/java/com/acme/shop"

def expected = [
    "[ERROR] layer-dependency: 3 errors",
    "[ERROR] ${java}/domain/Order.java:[3,1] [layer-dependency] domain imports infrastructure (com.acme.shop.infrastructure.OrderRepository); domain may use only shared; invert it: let domain own an interface that infrastructure implements",
    "[ERROR] ${java}/domain/Order.java:[18,1] [layer-dependency] domain references application (com.acme.shop.application.OrderService); domain may use only shared; application builds on domain, not the other way: move what domain needs into domain",
    "[ERROR] ${root}/src/main/kotlin/com/acme/shop/domain/Pricing.kt:[3,1] [layer-dependency] domain imports infrastructure (com.acme.shop.infrastructure.OrderRepository); domain may use only shared; invert it: let domain own an interface that infrastructure implements",
    "[ERROR] layer-unknown-package: 1 error",
    "[ERROR] ${java}/util [layer-unknown-package] package com.acme.shop.util is not a layer (layers: domain, application, infrastructure, presentation, shared); move its code into a layer, or declare it as a layer's package in <layers>",
    "[WARNING] layer-missing: 1 warning",
    "[WARNING] ${java}/presentation [layer-missing] layer presentation has no package: expected com.acme.shop.presentation in src/main/java or src/main/kotlin; create it, or mark the layer optional in <layers>",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[ERROR\] 4 errors, 1 warning, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 4 layout errors')
assert log.contains(': maven preset, 4 rules, ')
assert !log.contains('[root-') : 'check-layers runs only the layer rules'

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'maven'
assert report.summary.errors == 4
assert report.summary.warnings == 1
[layeredSources: 4, unreadableSources: 0].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations.find { it.line == 18 } == [rule: 'layer-dependency', severity: 'error',
        path: 'src/main/java/com/acme/shop/domain/Order.java', line: 18,
        message: 'domain references application (com.acme.shop.application.OrderService); domain may use only shared; application builds on domain, not the other way: move what domain needs into domain',
        fix: null]
assert report.violations*.rule.countBy { it } == ['layer-dependency': 3, 'layer-unknown-package': 1, 'layer-missing': 1]
