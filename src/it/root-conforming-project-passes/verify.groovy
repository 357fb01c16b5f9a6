import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] 0 errors, 0 warnings, 0 baselined in \d+ files, \d+ ms/
assert !log.contains('[ERROR]')
// no warning at all, Maven's plugin validation included (.mvn/maven.config makes it verbose): the plugin injects
// through JSR-330 and declares no Plexus requirement
assert !log.contains('[WARNING]')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'maven'
assert report.violations == []
assert report.summary.errors == 0
assert report.metrics.rootFiles == 4
