import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def nl = System.lineSeparator()

// 1. The plan: sources go to the package directory they declare, next to the class they test, and the plan names
//    what a move leaves to do: OrphanTest lands where test-mirror finds no class Orphan.
[
    '[INFO] Planned moves (nothing changes without -Dlayout.apply=true):',
    '[INFO]   OrphanTest.java -> src/test/java/com/acme/shop/domain/OrphanTest.java',
    '[INFO]   RefundTest.java -> src/test/java/com/acme/shop/domain/RefundTest.java',
    '[INFO]   USER_GUIDE.md -> docs/USER_GUIDE.md',
    '[INFO]   src/main/java/com/acme/shop/domain/PaymentTest.java -> src/test/java/com/acme/shop/domain/PaymentTest.java',
    '[WARNING] After these moves the check would also report this; do it too:',
    '[INFO] 4 moves planned, 0 skipped',
    '[WARNING] After these moves the check also reports this; do it too:',
    '[INFO] 4 moved (0 with git), 0 skipped, 0 failed',
].each { line -> assert log.contains(line + nl) : "build.log lacks: ${line}" }
def forecast = log.readLines().findAll { it.startsWith('[WARNING]   src/test/java/com/acme/shop/domain/OrphanTest.java [test-mirror] ') }
assert forecast.size() == 2 : 'the plan and the moves name the same finding'

// 2. The moves were made.
['src/test/java/com/acme/shop/domain/OrphanTest.java', 'src/test/java/com/acme/shop/domain/RefundTest.java',
 'src/test/java/com/acme/shop/domain/PaymentTest.java', 'docs/USER_GUIDE.md'].each { path ->
    assert new File(basedir, path).isFile() : path
}
assert !new File(basedir, 'RefundTest.java').exists()

// 3. The check after them finds exactly what the plan named, nothing else.
def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.violations.size() == 1 : report.violations
def left = report.violations[0]
assert left.rule == 'test-mirror'
assert left.path == 'src/test/java/com/acme/shop/domain/OrphanTest.java'
assert forecast[0] == "[WARNING]   ${left.path} [test-mirror] ${left.message}".toString()
assert left.message.startsWith('unit test OrphanTest has no class Orphan in package com.acme.shop.domain')
