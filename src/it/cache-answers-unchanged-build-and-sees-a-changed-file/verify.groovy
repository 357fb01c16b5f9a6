import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def root = basedir.canonicalFile.absolutePath

// the second build changed nothing: it says so, once, and prints what the first found
def kept = '[INFO] Nothing the check reads changed since the last one: its findings are the ones kept in ' +
        'target/layout/cache (-Dlayout.cache=false checks again)'
assert lines.count(kept) == 1 : lines.findAll { it.contains('Nothing the check reads') }
def summaries = lines.findAll { it =~ /\d+ errors?, \d+ warnings?, \d+ baselined in \d+ files, \d+ ms/ }
assert summaries.size() == 3 : summaries
assert summaries[0].replaceAll(/\d+ ms/, '') == summaries[1].replaceAll(/\d+ ms/, '')

// the third changed app.json (same size, a semicolon for the colon): its finding is reported, and only there
def broken = "[WARNING] ${root}/src/main/resources/app.json:[1,1] [config-syntax] not valid JSON: expected ':' after " +
        "a key; keys after this point may not have been checked for secrets"
assert lines.count(broken.toString()) == 1 : lines.findAll { it.contains('config-syntax') }
assert lines.indexOf(broken.toString()) > lines.indexOf(kept)

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.violations.findAll { it.rule == 'config-syntax' }.collect { it.path } == ['src/main/resources/app.json']
assert new File(basedir, 'target/layout/cache/check-config-layers-root-structure-tests.cache').isFile()
