import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def categories = 'tests/ holds only unit, integration, e2e, performance, ui, fixtures, conftest.py, __init__.py, pytest.ini, tox.ini'

def expected = [
    "[ERROR] test-category: 3 errors",
    "[ERROR] ${root}/src/shop/domain/entities/test_anomaly.py [test-category] test module in the sources (src/); tests belong in a category of tests/ (unit, integration, e2e, performance, ui, fixtures) (fix: tests/unit/domain/entities/test_anomaly.py)",
    "[ERROR] ${root}/tests/helpers [test-category] directory helpers in tests/ outside the test categories; ${categories}",
    "[ERROR] ${root}/tests/test_smoke.py [test-category] test module test_smoke.py in tests/ outside the test categories; ${categories}",
    "[ERROR] test-mirror: 2 errors",
    "[ERROR] ${root}/tests/unit/domain/test_ghost.py [test-mirror] unit test test_ghost.py has no module ghost.py or package ghost/ at or below src/shop/domain/",
    "[ERROR] ${root}/tests/unit/domain/test_pricing.py [test-mirror] unit test test_pricing.py has no module pricing.py or package pricing/ at or below src/shop/domain/; pricing is at src/shop/application/pricing.py (fix: tests/unit/application/test_pricing.py)",
    "[ERROR] test-naming: 3 errors",
    "[ERROR] ${root}/tests/integration/checkout_test.py [test-naming] test module checkout_test.py is named *_test.py, which the convention does not allow; tests are named test_*.py (fix: tests/integration/test_checkout.py)",
    "[ERROR] ${root}/tests/integration/smoke_checks.py [test-naming] module smoke_checks.py holds 2 tests, but pytest collects only test_*.py, *_test.py modules, so its tests silently never run; test modules are named test_*.py (fix: tests/integration/test_smoke_checks.py)",
    "[ERROR] ${root}/tests/unit/domain/test_order.py:[9,1] [test-naming] class OrderTests holds 1 test method, but pytest collects only classes named Test*, so its tests silently never run; rename it to start with Test",
]
expected.each { line ->
    assert log.contains(line.toString() + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[INFO\] LayoutGuard \S+: python preset, 3 rules, \d+ files/
assert log =~ /\[ERROR\] 8 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 8 layout errors')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
assert report.summary.errors == 8
[unitTests: 4, mirroredUnitTests: 2, sourcesWithoutUnitTest: 2].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations*.path == [
    'src/shop/domain/entities/test_anomaly.py',
    'tests/helpers',
    'tests/test_smoke.py',
    'tests/unit/domain/test_ghost.py',
    'tests/unit/domain/test_pricing.py',
    'tests/integration/checkout_test.py',
    'tests/integration/smoke_checks.py',
    'tests/unit/domain/test_order.py',
]
def mirror = report.violations.find { it.path == 'tests/unit/domain/test_pricing.py' }
assert mirror == [rule: 'test-mirror', severity: 'error', path: 'tests/unit/domain/test_pricing.py', line: null,
                  message: 'unit test test_pricing.py has no module pricing.py or package pricing/ at or below src/shop/domain/; pricing is at src/shop/application/pricing.py',
                  fix: 'tests/unit/application/test_pricing.py']
assert report.violations.find { it.path == 'tests/unit/domain/test_order.py' }.line == 9
