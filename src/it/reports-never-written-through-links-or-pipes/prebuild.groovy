import java.nio.file.Files

// Made here rather than committed: a link and a named pipe where the reports go.
def reports = new File(basedir, 'target/layout')
reports.mkdirs()
def victim = new File(basedir, 'target/victim.txt')
victim.text = 'precious\n'
Files.createSymbolicLink(new File(reports, 'report.json').toPath(), victim.toPath())
assert ['mkfifo', new File(reports, 'report.sarif').path].execute().waitFor() == 0
true
