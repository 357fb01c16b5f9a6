// The command line jar is whole and free of Maven; then the documented `repo: local` pre-commit hook, run by the real pre-commit on a fresh repository: a commit that adds a
// guide to the root is refused, the commit that moves it into docs/ is accepted.
def target = new File(basedir, '../..').canonicalFile
def jar = target.listFiles().find { it.name.endsWith('-cli.jar') }
assert jar != null : "no command line jar in ${target}"

// the jar carries no Maven and relocates what it shades
def entries = new java.util.zip.ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
def foreign = entries.findAll { it.endsWith('.class') && !it.startsWith('dev/layoutguard/') }
assert foreign.isEmpty() : "classes outside dev/layoutguard: ${foreign.take(5)}"
assert !entries.any { it.startsWith('dev/layoutguard/presentation/') && it.contains('Mojo') }
def version = ['java', '-jar', jar.absolutePath, '--version'].execute()
assert version.text.startsWith('LayoutGuard ')
assert version.waitFor() == 0

def which = ['sh', '-c', 'command -v pre-commit'].execute()
which.waitFor()
if (which.exitValue() != 0) {
    println 'pre-commit is not installed (pip install pre-commit, or apt-get install pre-commit): the hook was not run'
    return true
}

def repo = new File(basedir, 'repo')
repo.mkdirs()
def run = { List command ->
    def builder = new ProcessBuilder(command.collect { it.toString() }).directory(repo).redirectErrorStream(true)
    builder.environment().putAll([GIT_AUTHOR_NAME: 'it', GIT_AUTHOR_EMAIL: 'it@example.org', GIT_COMMITTER_NAME: 'it',
                                  GIT_COMMITTER_EMAIL: 'it@example.org'])
    def process = builder.start()
    def output = process.inputStream.text
    process.waitFor()
    println output
    [process.exitValue(), output]
}
def write = { String path, String text ->
    def file = new File(repo, path)
    file.parentFile.mkdirs()
    file.text = text
}

assert run(['git', 'init', '-q', '-b', 'main'])[0] == 0
write('.pre-commit-config.yaml', """\
repos:
  - repo: local
    hooks:
      - id: layoutguard
        name: LayoutGuard
        entry: java -jar ${jar.absolutePath} check --changed --formats=
        language: system
        pass_filenames: false
        always_run: true
""")
write('pyproject.toml', '[project]\nname = "shop"\n\n[tool.layoutguard]\nskipRules = ["docs-required", "layer-missing"]\n')
write('README.md', '# shop\n')
write('src/shop/__init__.py', '')
assert run(['pre-commit', 'install'])[0] == 0
assert run(['git', 'add', '-A'])[0] == 0
def first = run(['git', 'commit', '-q', '-m', 'a conforming start'])
assert first[0] == 0 : 'the conforming commit is accepted'

write('DEPLOY_GUIDE.md', '# deploy\n')
assert run(['git', 'add', '-A'])[0] == 0
def refused = run(['git', 'commit', '-q', '-m', 'a guide in the root'])
assert refused[0] != 0 : 'the commit that adds a guide to the root is refused'
assert refused[1].contains('/DEPLOY_GUIDE.md [root-prohibited] guide in the project root (matches *_GUIDE.md) (fix: docs/DEPLOY_GUIDE.md)')
assert refused[1].contains('LayoutGuard found 1 layout error')
assert run(['git', 'rev-list', '--count', 'HEAD'])[1].trim() == '1'

new File(repo, 'docs').mkdirs()
assert new File(repo, 'DEPLOY_GUIDE.md').renameTo(new File(repo, 'docs/DEPLOY_GUIDE.md'))
assert run(['git', 'add', '-A'])[0] == 0
def accepted = run(['git', 'commit', '-q', '-m', 'the guide in docs'])
assert accepted[0] == 0 : 'the commit that moves the guide into docs/ is accepted'
assert run(['git', 'rev-list', '--count', 'HEAD'])[1].trim() == '2'
return true
