import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.absolutePath
def hint = 'allowed: a URL without a password, or a ${VAR} placeholder for it'

// Each key is named with its secret masked, in the console and in the annotations.
def masked = [
    'config/cargo.toml:2': 'https://***@crates.example.com.index',
    'config/docker.json:4': 'auths.https://***@reg.example.com.email',
    'config/mirrors.properties:1': 'https://***@repo.example.com.enabled',
    'config/pypi.ini:2': 'https://***@pypi.example.com.username',
    'config/registries.yml:3': 'registries.https://***@mirror.example.com.enabled',
]
masked.each { place, key ->
    def (path, line) = place.tokenize(':')
    def message = "URL with a literal password in ${key}; ${hint}"
    ["[ERROR] ${root}/${path}:[${line},1] [config-secret] ${message}",
     "::error file=${path},line=${line},title=LayoutGuard config-secret::${message}"].each { expected ->
        assert log.contains(expected + System.lineSeparator()) : "build.log lacks: ${expected}"
    }
}
def generated = 'secret key tokens.***.token holds a literal value; allowed: an empty value or a placeholder such as ${TOKENS_TOKEN}'
assert log.contains("[ERROR] ${root}/config/tokens.json:[5,1] [config-secret] ${generated}" + System.lineSeparator())
assert log.contains('[INFO] Wrote config/layout-baseline.json: 6 violations accepted in 6 entries')

// The baseline keys its entries by the masked key.
def baseline = new JsonSlurper().parse(new File(basedir, 'config/layout-baseline.json'))
assert baseline.entries*.reference as Set == (masked.values() + ['tokens.***.token']) as Set

def page = new File(basedir, 'target/site/layoutguard.html').getText('UTF-8')
assert page.contains('config-secret (6)')

// The planted passwords, and every part of them, appear in no output.
def outputs = [log, page, new File(basedir, 'config/layout-baseline.json').text] +
        ['report.json', 'report.sarif', 'report.html', 'report-junit.xml'].collect {
            new File(basedir, "target/layout/${it}").getText('UTF-8')
        }
['Kd8RqW3zPn6X', 'Vb2NsT7yHm4C', 'Jf6LpX9wQr3D', 'Zc4MtG8kWs2B', 'Ry7HvP3nLx5F', 'Tm4XvB9qLw2ZcR7k', 'Wq9ErT5yUi3O'].each { secret ->
    (0..secret.length() - 6).each { start ->
        def part = secret.substring(start, start + 6)
        outputs.each { text -> assert !text.contains(part) : "an output holds part of a planted secret: ${part}" }
    }
}

return true
