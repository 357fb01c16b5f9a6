// Writes what the application and the build would write at run time, then makes the project a git work tree:
// one log git ignores yet tracks (forced in before the ignore rule existed, say), one data file nobody ignored.
def write = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = text
}
def git(String... arguments) {
    def process = new ProcessBuilder(['git'] + (arguments as List)).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "git ${arguments.join(' ')} failed: ${output}"
    output
}
write('storage/logs/app.log', 'started\n')
write('storage/logs/2024-01-01.log', 'started\n')
write('reports/coverage/index.html', '<html></html>\n')
git('init', '-q')
git('add', '-A')
git('add', '-f', 'storage/logs/2024-01-01.log')
git('-c', 'user.name=LayoutGuard IT', '-c', 'user.email=it@layoutguard.dev', '-c', 'commit.gpgsign=false',
        'commit', '-q', '-m', 'a shop with runtime data')
write('storage/data/customers.csv', 'id,name\n1,Ada\n')
true
