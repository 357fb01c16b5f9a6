def log = new File(basedir, 'build.log').text
assert log.contains("Invalid parameter 'root': allow: invalid glob 'tools/{a,b'")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')
