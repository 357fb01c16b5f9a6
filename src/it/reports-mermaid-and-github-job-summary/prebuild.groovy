// GitHub hands each step an existing summary file, which earlier steps may have written to
new File(basedir, 'step-summary.md').text = '## Tests\n\nAll green.\n\n'
true
