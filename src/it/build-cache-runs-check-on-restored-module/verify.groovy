def log = new File(basedir, 'build.log').text

// the second build was restored from the cache, and the check ran in both
assert log.contains('Found cached build, restoring dev.layoutguard.it:build-cache-runs-check-on-restored-module')
assert log.contains('Skipping plugin execution (cached): compiler:compile')
assert !log.contains('Skipping plugin execution (cached): layout:check')
assert (log =~ /LayoutGuard \S+: maven preset, \d+ rules/).count == 2
assert new File(basedir, 'target/layout/report-junit.xml').isFile()
