import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def root = basedir.canonicalFile.absolutePath

// the unchanged builds say they answered from the kept result (the third at least, see invoker.properties) and
// print what the first found
def kept = '[INFO] Nothing the check reads changed since the last one: its findings are the ones kept in ' +
        'target/layout/cache (-Dlayout.cache=false checks again)'
def at = (0..<lines.size()).findAll { lines[it] =~ /\d+ errors?, \d+ warnings?, \d+ baselined in \d+ files, \d+ ms/ }
def summaries = at.collect { lines[it] }
assert summaries.size() == 4 : summaries
assert lines.subList(at[1], at[2]).contains(kept) : lines.findAll { it.contains('Nothing the check') }
assert lines.count(kept) in [1, 2] : lines.findAll { it.contains('Nothing the check reads') }
assert summaries[0].replaceAll(/\d+ ms/, '') == summaries[1].replaceAll(/\d+ ms/, '')
assert summaries[0].replaceAll(/\d+ ms/, '') == summaries[2].replaceAll(/\d+ ms/, '')

// the fourth changed app.json (same size, a semicolon for the colon): its finding is reported, and only there
def broken = "[WARNING] ${root}/src/main/resources/app.json:[1,1] [config-syntax] not valid JSON: expected ':' after " +
        "a key; keys after this point may not have been checked for secrets"
assert lines.count(broken.toString()) == 1 : lines.findAll { it.contains('config-syntax') }
assert lines.indexOf(broken.toString()) > at[2]

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.violations.findAll { it.rule == 'config-syntax' }.collect { it.path } == ['src/main/resources/app.json']
assert new File(basedir, 'target/layout/cache/check-config-layers-root-structure-tests.cache').isFile()
