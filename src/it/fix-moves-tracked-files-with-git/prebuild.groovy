// Makes the cloned project a git work tree with everything committed, then adds one file git does not track.
def git(String... arguments) {
    def process = new ProcessBuilder(['git'] + (arguments as List)).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "git ${arguments.join(' ')} failed: ${output}"
    output
}
git('init', '-q')
git('add', '-A')
git('-c', 'user.name=LayoutGuard IT', '-c', 'user.email=it@layoutguard.dev', '-c', 'commit.gpgsign=false',
        'commit', '-q', '-m', 'a messy repository')
new File(basedir, 'OPS_GUIDE.md').text = '# Operations\n'
true
