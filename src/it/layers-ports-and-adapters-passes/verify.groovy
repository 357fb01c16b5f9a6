import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log =~ /\[INFO\] 0 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert !log.contains('[layer-')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.summary.errors == 0
assert report.summary.warnings == 0
[layeredSources: 8, unreadableSources: 0].each { name, value -> assert report.metrics[name] == value : name }
assert report.violations == []
