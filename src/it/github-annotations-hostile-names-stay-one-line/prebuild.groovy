// File names that try to start workflow commands of their own and to clear the terminal, made here rather than
// committed so that every checkout stays portable.
new File(basedir, 'x\n::stop-commands::t\ny.txt').text = 'spoof\n'
new File(basedir, 'clear\u001b[2J\u0007.txt').text = 'escape codes\n'
true
