// 1,500 nested directories, 600 levels of YAML with 8,000-character keys, a 17 MB JSON file and a 50 MB one-line
// import: each crashed the check or exhausted the heap
def deep = new File(basedir, (['d'] * 1500).join('/'))
assert deep.mkdirs() || deep.directory
new File(deep, 'app.yml').text = 'password: Hx7LpQ2sNv4T\n'
def resources = new File(basedir, 'src/main/resources')
resources.mkdirs()
new File(resources, 'deep.yml').withWriter('UTF-8') { out ->
    600.times { level -> out << (' ' * level) << ('k' * 8000) << level << ':\n' }
}
new File(resources, 'huge.json').withWriter('UTF-8') { out ->
    out << '{"a": ['
    (6 * 1024 * 1024).times { out << '1, ' }
    out << '1]}\n'
}
def java = new File(basedir, 'src/main/java/com/acme/domain')
java.mkdirs()
new File(java, 'Huge.java').withWriter('UTF-8') { out ->
    out << 'package com.acme.domain;\nimport '
    (25 * 1024 * 1024).times { out << 'a.' }
    out << 'A;\npublic class Huge {}\n'
}
true
