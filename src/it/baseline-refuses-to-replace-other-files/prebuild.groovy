// The pom as it was, to compare with after the build.
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/pom-before.xml').bytes = new File(basedir, 'pom.xml').bytes
true
