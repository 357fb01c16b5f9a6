// What the plan keeps out of git, written before the check so that the check sees it ignored:
// runtime data, generated reports and virtual environments (PlanTargetStructureMother.writeIgnoredContent).
def write = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = text
}
['data', 'logs', 'cache', 'tmp'].each { write("storage/${it}/.gitkeep", '') }
write('storage/logs/pynomaly.log', 'started\n')
['coverage/html/index.html', 'coverage/xml/coverage.xml', 'performance/benchmarks/results.json',
 'security/penetration-testing/NOTES.md', 'quality/lint/ruff.txt', 'builds/wheels/pynomaly-0.1.0-py3-none-any.whl']
        .each { write("reports/${it}", 'generated\n') }
['.venv', '.test_env', '.docs_env', '.deploy_env', '.bench_env'].each {
    write("environments/${it}/pyvenv.cfg", 'home = /usr/bin\nversion = 3.12.3\n')
    write("environments/${it}/lib/python3.12/site-packages/Some-Package/README.md", 'vendored\n')
}
return true
