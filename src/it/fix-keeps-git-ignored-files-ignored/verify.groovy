def log = new File(basedir, 'build.log').text

def expected = [
    "[WARNING]   skipped env -> environments/.env: env/secrets.env is ignored by git through a rule outside env, which would not cover it at environments/.env and could let git commit it; ignore it in a .gitignore inside env, or move it out first",
    "[INFO]   moved venv -> environments/.venv (git)",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}

// The secret git ignored stays where its rule covers it; the one whose rule moved with it is still ignored.
assert new File(basedir, 'env/secrets.env').text == 'TOKEN=not-for-git\n'
assert new File(basedir, 'environments/.venv/secrets.env').text == 'TOKEN=not-for-git\n'
def process = new ProcessBuilder('git', 'status', '--porcelain', '--untracked-files=all').directory(basedir)
        .redirectErrorStream(true).start()
def status = process.inputStream.text.readLines()
assert process.waitFor() == 0
assert !status.any { it.contains('secrets.env') } : status
