// Holds docs/getting-started.md to what this project's builds print: the page's mvn commands are this project's
// invoker goals, in order; each quoted console block (a fence without a language whose lines start with '[') is in
// build.log, line for line and in the page's order; the page's plugin snippet is in this pom.

def repository = new File(basedir, '../../..').canonicalFile
def page = new File(repository, 'docs/getting-started.md').text.replace('\r\n', '\n')
def fences = (page =~ /(?ms)^```(\w*)\n(.*?)^```\n/).collect { [language: it[1], lines: it[2].readLines()] }

// the commands
def commands = fences.findAll { it.language == 'sh' }.collectMany { it.lines }
        .findAll { it.startsWith('mvn ') }.collect { it.substring(4).trim() }
def properties = new Properties()
new File(basedir, 'invoker.properties').withReader { properties.load(it) }
def goals = (1..50).collect { properties.getProperty("invoker.goals.${it}") }.findAll { it != null }
        .collect { it.trim() }
assert commands == goals : "the page's commands ${commands} are not this project's goals ${goals}"

// the quoted output, with the page's project directory and durations made this run's
def project = basedir.canonicalPath
def normal = { String line -> line.replaceAll(/, \d+ ms$/, ', N ms').replaceAll(/\s+$/, '') }
def log = new File(basedir, 'build.log').readLines().collect { normal(it) }
def quoted = fences.findAll { it.language == '' && it.lines && it.lines.every { it.startsWith('[') } }
assert quoted.size() >= 8 : "the page quotes only ${quoted.size()} console blocks"
int from = 0
quoted.each { fence ->
    def block = fence.lines.collect { normal(it.replace('/home/me/shop', project)) }
    int found = -1
    for (int i = from; i <= log.size() - block.size() && found < 0; i++) {
        if (log.subList(i, i + block.size()) == block) {
            found = i
        }
    }
    assert found >= 0 : "build.log lacks, after line ${from + 1}, the page's block:\n${block.join('\n')}"
    from = found + block.size()
}

// the plugin snippet the page adds to the pom
def pom = new File(basedir, 'pom.xml').readLines().collect { it.trim() }
def snippet = fences.find { it.language == 'xml' && it.lines.any { it.contains('layoutguard-maven-plugin') } }
assert snippet != null : 'the page shows no plugin snippet'
def wanted = snippet.lines.collect { it.trim() }
assert (0..pom.size() - wanted.size()).any { pom.subList(it, it + wanted.size()) == wanted } :
        "the pom lacks the page's snippet:\n${wanted.join('\n')}"

// the tour ends green, with the baseline holding only what is left to do by hand
assert new File(basedir, 'src/test/java/com/acme/shop/application/OrderServiceTest.java').isFile()
assert !new File(basedir, 'OrderServiceTest.java').exists()
assert new File(basedir, 'config/layout-baseline.json').text.contains('"layer-dependency"')
