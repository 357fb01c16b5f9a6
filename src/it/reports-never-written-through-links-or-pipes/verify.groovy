import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def reports = new File(basedir.canonicalFile, 'target/layout')

// The link is refused by name and the file it points to keeps every byte.
assert log.contains("Cannot write the report to ${reports}: ${reports}/report.json is a symbolic link; " +
        "LayoutGuard does not write through links, so remove it or write elsewhere")
assert new File(basedir, 'target/victim.txt').text == 'precious\n'
assert Files.isSymbolicLink(new File(reports, 'report.json').toPath())

// The pipe is refused at once instead of blocking the build until something reads it.
assert log.contains("Cannot write the report to ${reports}: ${reports}/report.sarif is a pipe, socket or device, " +
        "not a regular file; LayoutGuard replaces only regular files, so remove it or write elsewhere")

// Nothing else was left in the report directory but the result the check keeps for the next build, and no stack
// trace was printed.
assert reports.list().sort() == ['cache', 'report.json', 'report.sarif']
assert !log.contains('\tat dev.layoutguard')
