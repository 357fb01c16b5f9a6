import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile
def aggregate = new File(root, 'target/layout/aggregate')

// Each module writes its own report ...
def parent = new JsonSlurper().parse(new File(root, 'target/layout/report.json'))
def core = new JsonSlurper().parse(new File(root, 'core/target/layout/report.json'))
def api = new JsonSlurper().parse(new File(root, 'modules/api/target/layout/report.json'))
assert parent.violations*.path.contains('notes.txt')

// ... and the execution root writes one aggregate of all modules after the last, paths relative to it.
assert log.contains("[INFO] LayoutGuard aggregate of 3 modules of 3: ${aggregate}".toString())
def all = new JsonSlurper().parse(new File(aggregate, 'report.json'))
def under = { String directory, report -> report.violations.collect { it.path == '.' ? directory : "${directory}/${it.path}".toString() } }
def expected = parent.violations*.path + under('core', core) + under('modules/api', api)
assert all.violations*.path.sort() == expected.sort()
assert all.violations*.path.contains('notes.txt')
assert all.summary.files == parent.summary.files + core.summary.files + api.summary.files
assert all.summary.errors == parent.summary.errors + core.summary.errors + api.summary.errors
def sarif = new JsonSlurper().parse(new File(aggregate, 'report.sarif'))
assert sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri == root.toPath().toUri().toString().with { it.endsWith('/') ? it : it + '/' }
assert sarif.runs[0].results.size() == all.violations.size()
assert new File(aggregate, 'report.html').text.contains('<code>notes.txt</code>')
assert new File(aggregate, 'report-junit.xml').exists()
// Each metric is combined by its meaning: the execution root's own root files, the deepest nesting, the share of
// compliant names weighted by how many names each module checked, and sums of the counts.
def modules = [parent, core, api]
assert all.metrics.rootFiles == parent.metrics.rootFiles
assert all.metrics.maxDepth == modules.collect { it.metrics.maxDepth }.max()
['misplacedFiles', 'namesChecked', 'unitTests', 'mirroredUnitTests', 'sourcesWithoutUnitTest', 'layeredSources',
 'unreadableSources'].each { name ->
    assert all.metrics[name] == modules.sum { it.metrics[name] } : name
}
assert api.metrics.namingCompliance < 100
def checked = modules.sum { it.metrics.namesChecked }
assert all.metrics.namingCompliance == modules.sum { it.metrics.namingCompliance * it.metrics.namesChecked }.intdiv(checked)
assert all.metrics.keySet() == parent.metrics.keySet()
// The closing hint is said once for the build, not once per module.
assert log.count('mvn layout:explain -Dlayout.rule=<rule-id>') == 1
// Modules write no aggregate of their own.
assert !new File(root, 'core/target/layout/aggregate').exists()
assert !new File(root, 'modules/api/target/layout/aggregate').exists()
assert log.contains('BUILD SUCCESS')
