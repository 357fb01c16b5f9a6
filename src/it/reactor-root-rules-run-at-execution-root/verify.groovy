import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
// The root's stray file is reported once, by the execution root; the module's own root is not a project root.
assert log.contains("[WARNING] ${root}/notes.txt [root-allowlist] file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>\n".toString())
assert log.count('[root-allowlist]') == 1
assert !log.contains('core/notes.txt')
// Modules (core, modules/) are allowed root directories; the nested example project is not entered.
assert !log.contains("${root}/core [".toString())
assert !log.contains("${root}/modules [".toString())
assert !log.contains('Stray.java')

def parent = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert parent.violations*.path == ['notes.txt']
def core = new JsonSlurper().parse(new File(basedir, 'core/target/layout/report.json'))
assert core.violations == []
assert !core.metrics.containsKey('rootFiles')
assert new File(basedir, 'modules/api/target/layout/report.json').exists()
assert log.contains('BUILD SUCCESS')
