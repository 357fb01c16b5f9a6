import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// the baseline goal: every current violation, sorted by rule, path and reference, never by line
assert new File(basedir, 'config/layout-baseline.json').text == '''{
  "tool": "layoutguard",
  "format": 1,
  "entries": [
    {
      "rule": "root-allowlist",
      "path": "notes.txt",
      "count": 1
    },
    {
      "rule": "root-allowlist",
      "path": "tmp",
      "count": 1
    },
    {
      "rule": "root-preferred-home",
      "path": "Dockerfile",
      "count": 1
    },
    {
      "rule": "root-prohibited",
      "path": "Scratch.java",
      "count": 1
    }
  ]
}
'''
def expected = [
    "[INFO] Wrote config/layout-baseline.json: 4 violations accepted in 4 entries",
    "[INFO]   root-prohibited: 1",
    "[INFO]   root-allowlist: 2",
    "[INFO]   root-preferred-home: 1",
    // the check that follows: green, with the accepted violations counted
    "[INFO] Baseline config/layout-baseline.json accepts 4 violations",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert log =~ /\[INFO\] 0 errors, 0 warnings, 4 baselined in \d+ files, \d+ ms/
assert !log.contains('[root-prohibited]')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.summary.errors == 0
assert report.summary.baselined == 4
assert report.violations == []
