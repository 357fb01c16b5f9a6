def log = new File(basedir, 'build.log').text
def nl = System.lineSeparator()

// The structured parameters' XML examples are blocks, one element a line, as in the javadoc.
def root = [
    '    root',
    "      Changes to the preset's root directory policy: entries to allow, to",
    '      disallow, to prohibit, the file limit. For example:',
    '',
    '          <root>',
    '            <allow>',
    '              <pattern>NOTICE</pattern>',
    '            </allow>',
    '            <maxFiles>15</maxFiles>',
    '          </root>',
].join(nl)
assert log.contains(root) : 'the root example is not a block'
assert log.contains('          <layers>' + nl + '            <basePackage>com.acme.shop</basePackage>')
// Prose is filled to 80 columns; the plugin's description reads as one paragraph.
assert log.contains('[INFO] LayoutGuard Maven Plugin ')
assert log.contains("  Checks a repository's layout in the validate phase: the root directory," + nl
        + '  clean-architecture layering of the sources, tests that mirror the sources, and' + nl)
def help = log.substring(log.indexOf('[INFO] LayoutGuard Maven Plugin'), log.indexOf('[INFO] ----', log.indexOf('[INFO] LayoutGuard Maven Plugin')))
help.readLines().each { line ->
    assert line.length() <= 80 || line.startsWith('[INFO] ') : "too wide: ${line}"
}
assert log.contains('      User property: layout.preset')
assert !log.contains('&lt;')
assert log.contains('BUILD SUCCESS')
