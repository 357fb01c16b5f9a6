// A hostile file name, made here rather than committed so that every checkout stays portable.
new File(basedir, '<img src=x onerror=alert(1)>.md').text = 'hostile\n'
true
