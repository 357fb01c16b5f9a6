def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] LayoutGuard skipped (layout.skip)')
assert !log.contains('root-prohibited')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/layout/report.json').exists()
