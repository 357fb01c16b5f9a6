import groovy.json.JsonSlurper
import java.nio.file.Path
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile
def reports = new File(root, 'target/layout')
def hostile = '<img src=x onerror=alert(1)>.md'

// GitHub annotations start their lines; paths are relative to the checkout when the build runs inside one.
def workspace = System.getenv('GITHUB_WORKSPACE')
def prefix = workspace && root.toPath().startsWith(Path.of(workspace).toRealPath()) ?
        Path.of(workspace).toRealPath().relativize(root.toPath()).toString() + '/' : ''
[
    "::warning file=${prefix}Dockerfile,title=LayoutGuard root-preferred-home::Docker file in the project root, where docker build looks for it; the target layout keeps it in deploy/docker/: after the move, build with docker build -f deploy/docker/Dockerfile . (the build context and .dockerignore stay in the root) in every script, CI job and document that builds the image",
    "::error file=${prefix}${hostile},title=LayoutGuard root-allowlist::file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>",
    "::error file=${prefix}my notes.txt,title=LayoutGuard root-allowlist::file not allowed in the project root by the maven preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>",
].each { line ->
    assert log.contains(System.lineSeparator() + line + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log.contains("LayoutGuard found 2 layout errors; see the lines above or ${reports}/report.json".toString())

def json = new JsonSlurper().parse(new File(reports, 'report.json'))
assert json.violations*.path == [hostile, 'my notes.txt', 'Dockerfile']

// SARIF: one result per violation, located relative to the project directory, percent-encoded.
def sarif = new JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'LayoutGuard'
assert run.tool.driver.rules*.id == ['root-prohibited', 'root-allowlist', 'root-file-count', 'root-preferred-home']
assert run.results.size() == json.violations.size()
assert run.results*.ruleId == ['root-allowlist', 'root-allowlist', 'root-preferred-home']
assert run.results*.locations*.physicalLocation*.artifactLocation*.uri.flatten() ==
        ['%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.md', 'my%20notes.txt', 'Dockerfile']
assert run.originalUriBaseIds['%SRCROOT%'].uri == root.toPath().toUri().toString().with { it.endsWith('/') ? it : it + '/' }

// HTML: the hostile name is text, never an element.
def html = new File(reports, 'report.html').getText('UTF-8')
assert html.contains('<code>&lt;img src=x onerror=alert(1)&gt;.md</code>')
assert !html.contains('<img')

// JUnit XML: one case per rule that ran, a failure per violation.
def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, 'report-junit.xml'))
def suite = junit.getElementsByTagName('testsuite').item(0)
assert suite.getAttribute('tests') == '4'
assert suite.getAttribute('failures') == '2'
def testcases = junit.getElementsByTagName('testcase')
def cases = (0..<testcases.length).collectEntries { i ->
    [(testcases.item(i).getAttribute('name')): testcases.item(i).getElementsByTagName('failure').length]
}
assert cases == ['root-prohibited': 0, 'root-allowlist': 2, 'root-file-count': 0, 'root-preferred-home': 1]
