def log = new File(basedir, 'build.log').text
def nl = System.lineSeparator()

[
    '[INFO] LayoutGuard ',
    ': creating the source and test roots of a jar build (the maven preset requires no other directory)' + nl,
    '[INFO]   created src/' + nl,
    '[INFO]   created src/main/java/' + nl,
    '[INFO]   created src/test/java/' + nl,
    '[INFO] Created 5 directories and 0 files; 0 already existed; nothing was overwritten.' + nl,
].each { line -> assert log.contains(line) : "build.log lacks: ${line}" }
assert new File(basedir, 'src/main/java').isDirectory()
assert new File(basedir, 'src/test/java').isDirectory()
// nothing the build does not need: no README stubs, none of the organization plan's other directories
['docs', 'config', 'scripts', 'deploy', 'examples', 'src/main/resources'].each { dir ->
    assert !new File(basedir, dir).exists() : "created ${dir}"
}
assert basedir.listFiles().findAll { it.name == 'README.md' }.isEmpty()
// and the check that follows passes without a finding
assert log =~ /\[INFO\] 0 errors, 0 warnings, 0 baselined in \d+ files?, \d+ ms/
assert log.contains('BUILD SUCCESS')
