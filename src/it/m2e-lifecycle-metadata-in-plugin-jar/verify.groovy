import java.util.jar.JarFile
import javax.xml.parsers.DocumentBuilderFactory

// The plugin jar the build installed for these projects ships Eclipse m2e's lifecycle mapping (the command line jar,
// attached with the classifier cli, is another file and no plugin).
def plugins = new File(localRepositoryPath, 'dev/layoutguard/layoutguard-maven-plugin')
def jars = plugins.listFiles().collectMany { version ->
    version.listFiles().findAll { it.name ==~ /layoutguard-maven-plugin-.*\.jar/ && !it.name.contains('sources') && !it.name.endsWith('-cli.jar') }
}
assert jars.size() == 1 : "expected one installed plugin jar: ${jars}"
new JarFile(jars[0]).withCloseable { jar ->
    def entry = jar.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
    assert entry != null
    def metadata = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(jar.getInputStream(entry))
    def executions = metadata.getElementsByTagName('pluginExecution')
    def goals = { execution ->
        def list = execution.getElementsByTagName('goal')
        (0..<list.length).collect { list.item(it).textContent }
    }
    def execute = (0..<executions.length).collect { executions.item(it) }
            .find { it.getElementsByTagName('execute').length > 0 }
    assert goals(execute).containsAll(['check', 'check-root'])
    assert execute.getElementsByTagName('runOnIncremental').item(0).textContent == 'true'
    def ignored = (0..<executions.length).collect { executions.item(it) }
            .find { it.getElementsByTagName('ignore').length > 0 }
    assert goals(ignored).contains('fix')
}
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
