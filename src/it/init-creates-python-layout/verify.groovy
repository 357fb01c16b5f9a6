def log = new File(basedir, 'build.log').text

def expected = [
    "[INFO]   created config/",
    "[INFO]   created config/README.md",
    "[INFO]   created tests/unit/",
    "[INFO]   created tests/unit/README.md",
    "[INFO]   created storage/.gitignore",
    "[INFO]   exists  docs/",
    "[INFO]   exists  docs/index.md",
    "[INFO]   exists  src/",
    "[INFO] Created 34 directories and 34 files; 3 already existed; nothing was overwritten.",
    // the root check that follows passes
    "[INFO] 0 errors, 0 warnings, 0 baselined in",
]
expected.each { line ->
    assert log.contains(line) : "build.log lacks: ${line}"
}
assert log =~ /\[INFO\] LayoutGuard \S+: creating the missing directories of the python preset/
assert log.contains('BUILD SUCCESS')

['tests/unit', 'tests/integration', 'tests/e2e', 'tests/performance', 'tests/ui', 'tests/fixtures',
 'docs/getting-started', 'docs/user-guides', 'docs/developer-guides', 'docs/reference', 'docs/deployment',
 'docs/examples', 'scripts/build', 'scripts/test', 'scripts/deploy', 'scripts/dev', 'scripts/maintenance',
 'config/templates', 'config/validation', 'config/defaults', 'deploy/docker',
 'deploy/kubernetes', 'deploy/ci-cd', 'deploy/cloud', 'examples', 'environments', 'reports', 'storage'].each { dir ->
    assert new File(basedir, dir + '/README.md').isFile() : "no README in ${dir}"
}
assert new File(basedir, 'tests/unit/README.md').text.startsWith('# tests/unit\n\nUnit tests, one per module')
// never overwritten, and nothing in the places whose contents the rules restrict
assert new File(basedir, 'docs/index.md').text == '# Shop documentation, ours\n'
assert !new File(basedir, 'tests/README.md').exists()
assert !new File(basedir, 'src/README.md').exists()
assert new File(basedir, 'config/environments').isDirectory()
assert !new File(basedir, 'config/environments/README.md').exists()
