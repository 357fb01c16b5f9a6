def log = new File(basedir, 'build.log').text

assert log.contains("Invalid value 'presentation -> infra' for parameter 'layers.allow': unknown layer 'infra' "
        + "(layers are domain, application, infrastructure, presentation, shared)")
assert !log.contains('LayoutGuard found') : 'a misconfiguration stops the run before any rule'
