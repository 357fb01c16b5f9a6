import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def surefire = 'Test*, *Test, *Tests, *TestCase, IT*, *IT, *ITCase'

def expected = [
    "[ERROR] test-category: 1 error",
    "[ERROR] ${root}/src/main/java/com/acme/shop/PaymentTest.java [test-category] test class PaymentTest in the main sources (src/main/java), where Maven packages it with the application and never runs it; tests belong in src/test/java, src/test/kotlin, src/contract-test/java (fix: src/test/java/com/acme/shop/PaymentTest.java)",
    "[ERROR] test-mirror: 2 errors",
    "[ERROR] ${root}/src/test/java/com/acme/legacy/LegacyTest.java [test-mirror] unit test LegacyTest is in package com.acme.legacy, which does not exist in the main sources (src/main/java, src/main/kotlin)",
    "[ERROR] ${root}/src/test/java/com/acme/shop/InvoiceTest.java [test-mirror] unit test InvoiceTest has no class Invoice in package com.acme.shop (looked in src/main/java/com/acme/shop/, src/main/kotlin/com/acme/shop/); Invoice is in com.acme.shop.billing (src/main/java/com/acme/shop/billing/Invoice.java): move the test to its package",
    "[ERROR] test-naming: 3 errors",
    "[ERROR] ${root}/src/test/java/com/acme/shop/CartChecks.java:[5,1] [test-naming] class CartChecks has 2 test methods, but its name matches none of ${surefire}, so Surefire and Failsafe never run it: its tests silently never run; rename it, such as CartChecksTest",
    "[ERROR] ${root}/src/test/java/com/acme/shop/CartProperties.java:[6,1] [test-naming] class CartProperties has 1 test method, but its name matches none of ${surefire}, so Surefire and Failsafe never run it: its tests silently never run; rename it, such as CartPropertiesTest",
    "[ERROR] ${root}/src/test/kotlin/com/acme/shop/PriceSpec.kt:[5,1] [test-naming] class PriceSpec has 1 test method, but its name matches none of ${surefire}, so Surefire and Failsafe never run it: its tests silently never run; rename it, such as PriceSpecTest",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[INFO\] LayoutGuard \S+: maven preset, 3 rules, \d+ files/
assert log =~ /\[ERROR\] 6 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 6 layout errors')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'maven'
assert report.summary.errors == 6
[unitTests: 4, mirroredUnitTests: 2, sourcesWithoutUnitTest: 4].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations*.path == [
    'src/main/java/com/acme/shop/PaymentTest.java',
    'src/test/java/com/acme/legacy/LegacyTest.java',
    'src/test/java/com/acme/shop/InvoiceTest.java',
    'src/test/java/com/acme/shop/CartChecks.java',
    'src/test/java/com/acme/shop/CartProperties.java',
    'src/test/kotlin/com/acme/shop/PriceSpec.kt',
]
def naming = report.violations.find { it.path.endsWith('CartChecks.java') }
assert naming.rule == 'test-naming' && naming.line == 5 && naming.fix == null
assert report.violations.find { it.rule == 'test-category' }.fix == 'src/test/java/com/acme/shop/PaymentTest.java'
