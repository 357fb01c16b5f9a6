def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value 'root-everything' for parameter 'rules' (layout.rules): unknown rule id (known ids: root-prohibited, root-allowlist, root-file-count, root-preferred-home, layer-dependency")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')
assert !new File(basedir, 'target/layout/report.json').exists()
