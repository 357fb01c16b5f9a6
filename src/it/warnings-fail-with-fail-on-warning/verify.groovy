def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
assert log.contains("[WARNING] ${root} [root-file-count] 7 files in the project root, the limit is 3; move the ones that are not essential into docs/, config/ or scripts/\n".toString())
assert log =~ /\[WARNING\] 0 errors, 1 warning, 0 baselined in 7 files, \d+ ms/
assert log.contains('LayoutGuard found 1 layout warning and failOnWarning is set')
