def log = new File(basedir, 'build.log').text
assert log.contains('journeymap: skipped (journeymap.skip=true)')
assert !new File(basedir, 'target/journeymap').exists()
return true
