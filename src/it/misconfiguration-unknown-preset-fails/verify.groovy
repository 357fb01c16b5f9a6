def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value 'gradle' for parameter 'preset' (layout.preset): expected auto, maven or python")
assert log.contains('BUILD FAILURE')
