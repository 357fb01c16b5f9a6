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
    // m2e hands the plugin its own build context (the problem markers) only when it finds plexus-build-api among the
    // plugin realm's jars, which it then takes out: the API must stay a dependency, never a copy inside this jar
    assert jar.getEntry('org/sonatype/plexus/build/incremental/BuildContext.class') == null
    // nor plexus-utils, which the default context needs: as the enforcer plugin's dependency, a copy inside the jar
    // would sit unmediated beside the enforcer's own plexus-utils in one realm
    assert jar.getEntry('org/codehaus/plexus/util/Scanner.class') == null
    def components = jar.getEntry('META-INF/plexus/components.xml')
    assert components == null || !jar.getInputStream(components).text.contains('BuildContext')
}
def pom = new File(jars[0].path.replaceAll(/\.jar$/, '.pom'))
def dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom)
        .getElementsByTagName('dependency')
assert (0..<dependencies.length).collect { dependencies.item(it) }.any { dependency ->
    dependency.getElementsByTagName('artifactId').item(0).textContent == 'plexus-build-api' &&
            dependency.getElementsByTagName('scope').length > 0 &&
            dependency.getElementsByTagName('scope').item(0).textContent == 'compile'
} : "the installed pom ${pom} must name plexus-build-api"
assert (0..<dependencies.length).collect { dependencies.item(it) }.any { dependency ->
    dependency.getElementsByTagName('artifactId').item(0).textContent == 'plexus-utils'
} : "the installed pom ${pom} must name plexus-utils"
// and names none of the command line's libraries, which would be loaded into every build's plugin realm
assert !pom.text.contains('<artifactId>picocli</artifactId>')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
