def log = new File(basedir, 'build.log').text

def expected = [
    "[INFO]   moved Dockerfile -> deploy/docker/Dockerfile (git)",
    "[INFO]   moved OPS_GUIDE.md -> docs/OPS_GUIDE.md",
    "[INFO]   moved Scratch.java -> src/main/java/Scratch.java (git)",
    "[INFO] 3 moved (2 with git), 0 skipped, 0 failed",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}

// git sees renames of the tracked files, as after git mv; the untracked file stays untracked
def process = new ProcessBuilder('git', 'status', '--porcelain').directory(basedir).redirectErrorStream(true).start()
def status = process.inputStream.text.readLines()
assert process.waitFor() == 0
assert status.contains('R  Dockerfile -> deploy/docker/Dockerfile') : status
assert status.contains('R  Scratch.java -> src/main/java/Scratch.java') : status
assert status.contains('?? docs/') : status
assert status.findAll { it.startsWith(' D') || it.startsWith('D ') } == [] : status
assert new File(basedir, 'deploy/docker/Dockerfile').text == 'FROM scratch\n'
