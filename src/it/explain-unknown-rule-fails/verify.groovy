def log = new File(basedir, 'build.log').text

assert log.contains("Invalid value 'root-everything' for parameter 'rule' (layout.rule): unknown rule id (known ids: " +
        "root-prohibited, root-allowlist, root-file-count, root-preferred-home, layer-dependency")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')
