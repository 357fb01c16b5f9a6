def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath

assert log.contains("Invalid value '../shared/layout-baseline.json' for parameter 'baseline' (layout.baseline): " +
        "the baseline file must be inside the project ${root}")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')
