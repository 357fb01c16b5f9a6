def log = new File(basedir, 'build.log').text

def expected = [
    "[INFO] root-prohibited",
    "[INFO] WHAT IT FLAGS",
    "[INFO] WHY",
    "[INFO] HOW TO FIX",
    "[INFO] HOW TO CONFIGURE",
    "[INFO]     <configuration>",
    "[INFO] `-Dlayout.skipRules=root-prohibited` switches it off for one run.",
]
expected.each { line ->
    assert log.contains(line + System.lineSeparator()) : "build.log lacks: ${line}"
}
assert !log.contains('[INFO] ```')
assert !log.contains('[INFO] ## ')
assert log.contains('BUILD SUCCESS')
