import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def expected = [
    ".env": "environment file in the project root (matches .env) (fix: config/environments/.env)",
    "IMPLEMENTATION_NOTES.md": "implementation notes in the project root (matches IMPLEMENTATION_*.md) (fix: docs/developer-guides/IMPLEMENTATION_NOTES.md)",
    "TESTING_STRATEGY.md": "testing document in the project root (matches TESTING_*.md) (fix: docs/testing/TESTING_STRATEGY.md)",
    "USER_GUIDE.md": "guide in the project root (matches *_GUIDE.md) (fix: docs/USER_GUIDE.md)",
    "app.log": "log file in the project root (matches *.log) (fix: storage/logs/app.log)",
    "build": "build output in the project root (matches build/) (fix: reports/builds/build)",
    "config_local.py": "configuration module in the project root (matches config_*.py) (fix: config/config_local.py)",
    "conftest.py": "pytest configuration in the project root (matches conftest.py) (fix: tests/conftest.py)",
    "coverage.xml": "coverage report in the project root (matches coverage.xml) (fix: reports/coverage/coverage.xml)",
    "deploy_prod.py": "deployment script in the project root (matches deploy_*.py) (fix: scripts/deploy/deploy_prod.py)",
    "dist": "build output in the project root (matches dist/) (fix: reports/builds/dist)",
    "fix_imports.py": "maintenance script in the project root (matches fix_*.py) (fix: scripts/maintenance/fix_imports.py)",
    "htmlcov": "coverage report in the project root (matches htmlcov/) (fix: reports/coverage/htmlcov)",
    "setup_dev.py": "development script in the project root (matches setup_*.py) (fix: scripts/dev/setup_dev.py)",
    "shop.egg-info": "build output in the project root (matches *.egg-info/) (fix: reports/builds/shop.egg-info)",
    "test_api.py": "test module in the project root (matches test_*.py) (fix: tests/test_api.py)",
    "venv": "virtual environment in the project root (matches venv/) (fix: environments/.venv)",
]
assert log.contains("[ERROR] root-prohibited: ${expected.size()} errors\n".toString())
expected.each { path, message ->
    assert log.contains("[ERROR] ${root}/${path} [root-prohibited] ${message}\n".toString()) : path
}
// Docker's files are read in the root: a warning that says what else their move takes, and no fix
assert log.contains("[WARNING] root-preferred-home: 2 warnings\n")
assert log.contains("[WARNING] ${root}/Dockerfile [root-preferred-home] Docker file in the project root, where docker build looks for it; the target layout keeps it in deploy/docker/: after the move, build with docker build -f deploy/docker/Dockerfile . (the build context and .dockerignore stay in the root) in every script, CI job and document that builds the image\n".toString())
assert log.contains("[WARNING] ${root}/docker-compose.yml [root-preferred-home] Compose file in the project root, where docker compose looks for it; ".toString())
// Each entry once, under one rule; nothing else but the file count (pyproject, pom, the invoker files and 14 strays).
assert !log.contains('[root-allowlist]')
assert log.contains("[WARNING] ${root} [root-file-count] 19 files in the project root, the limit is 12".toString())

def report = new JsonSlurper().parse(new File(basedir, 'target/layout/report.json'))
assert report.preset == 'python'
assert report.violations.findAll { it.rule == 'root-prohibited' }.collectEntries { [it.path, it.fix] } ==
        expected.collectEntries { path, message -> [path, (message =~ /\(fix: (.*)\)$/)[0][1]] }
