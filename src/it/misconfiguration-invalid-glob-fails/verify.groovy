def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value 'tools/{a,b' for parameter 'root.allow': not a valid glob")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.layoutguard')
