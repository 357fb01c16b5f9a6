def log = new File(basedir, 'build.log').text

def expected = [
    "[INFO]   moved OPS_GUIDE.md -> docs/OPS_GUIDE.md",
    "[INFO]   moved Scratch.java -> src/main/java/Scratch.java (git)",
    "[INFO]   moved application.yml -> src/main/resources/application.yml (git)",
    "[INFO] 3 moved (2 with git), 0 skipped, 0 failed; 1 violation without a fix needs a person (mvn layout:check lists them)",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}

// git sees renames of the tracked files, as after git mv; the untracked file stays untracked
def process = new ProcessBuilder('git', 'status', '--porcelain').directory(basedir).redirectErrorStream(true).start()
def status = process.inputStream.text.readLines()
assert process.waitFor() == 0
assert status.contains('R  application.yml -> src/main/resources/application.yml') : status
assert status.contains('R  Scratch.java -> src/main/java/Scratch.java') : status
assert status.contains('?? docs/') : status
assert status.findAll { it.startsWith(' D') || it.startsWith('D ') } == [] : status
// docker build reads the Dockerfile in the root: it stays, tracked and unchanged
assert new File(basedir, 'Dockerfile').text == 'FROM scratch\n'
assert !status.any { it.contains('Dockerfile') } : status
