// A committed virtual environment directory, env/, holding a secret that only the root's .gitignore ignores; and a
// venv/ whose own .gitignore ignores its secret, so that the ignore rule moves with it.
def git(String... arguments) {
    def process = new ProcessBuilder(['git'] + (arguments as List)).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "git ${arguments.join(' ')} failed: ${output}"
    output
}
def write(String path, String text) {
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = text
}
write('.gitignore', '/env/secrets.env\n')
write('env/pyvenv.cfg', 'home = /usr/bin\n')
write('venv/.gitignore', 'secrets.env\n')
write('venv/pyvenv.cfg', 'home = /usr/bin\n')
git('init', '-q')
git('add', '-A')
git('-c', 'user.name=LayoutGuard IT', '-c', 'user.email=it@layoutguard.dev', '-c', 'commit.gpgsign=false',
        'commit', '-q', '-m', 'a repository with virtual environments')
write('env/secrets.env', 'TOKEN=not-for-git\n')
write('venv/secrets.env', 'TOKEN=not-for-git\n')
true
