def log = new File(basedir, 'build.log').text
// The report renders the violations into the site and never fails the build.
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/site/layoutguard.html').getText('UTF-8')
assert page.contains('LayoutGuard layout report')
assert page.contains('root-allowlist (1)')
assert page.contains('notes.txt')
assert page.contains('file not allowed in the project root by the maven preset')
assert page.contains('mvn layout:explain -Dlayout.rule=root-allowlist')
assert !page.contains('github.com/layoutguard')
// The site menu links the page.
assert new File(basedir, 'target/site/index.html').exists() || new File(basedir, 'target/site/project-reports.html').exists()
