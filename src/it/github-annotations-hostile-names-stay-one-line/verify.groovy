def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def lines = log.readLines()

// Each hostile name stays inside its own annotation, escaped as GitHub's workflow-command format requires.
[
    "::error file=clear\\u001b[2J\\u0007.txt,title=LayoutGuard root-allowlist::file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>",
    "::error file=x%0A%3A%3Astop-commands%3A%3At%0Ay.txt,title=LayoutGuard root-allowlist::file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>",
].each { line ->
    assert lines.any { it.endsWith(line) } : "build.log lacks: ${line}"
}
// The console line of each shows the name with its line breaks and escape codes visible.
assert log.contains("[ERROR] ${root}/x\\n::stop-commands::t\\ny.txt [root-allowlist] ")
assert log.contains("[ERROR] ${root}/clear\\u001b[2J\\u0007.txt [root-allowlist] ")

// No line of the build starts a workflow command the plugin did not write, and no escape code reached the log.
def commands = lines.findAll { it.startsWith('::') }
assert commands.size() == 2 && commands.every { it.startsWith('::error file=') } : commands.join('\n')
assert !log.contains('::stop-commands::t' + System.lineSeparator())
assert !log.contains('\u001b[2J')
assert !log.contains('\u0007')
