def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

assert log.contains("Cannot use the baseline ${root}/config/layout-baseline.json (parameter 'baseline', " +
        "layout.baseline): it is not valid JSON: unexpected text at line 5 column 1 path \$.entries[0]; fix the " +
        "file, or write it anew with mvn layout:baseline")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')
assert !new File(basedir, 'target/layout/report.json').exists()
