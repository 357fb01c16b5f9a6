def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

assert log.contains("[ERROR] ${root}/OrderServiceTest.java [root-prohibited] stale baseline entry: the baseline " +
        "accepts 1 violation of this rule here, the check found none; run mvn layout:baseline to shrink the baseline" +
        System.lineSeparator())
assert log =~ /\[ERROR\] 1 error, 0 warnings, 1 baselined in \d+ files, \d+ ms/
assert log.contains('LayoutGuard found 1 layout error')
assert log.contains('BUILD FAILURE')
