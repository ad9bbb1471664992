def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/journeys/personas/ben.yaml:1:1: warning: no journey names the persona 'ben'")
assert log.contains('journeymap: 0 errors, 1 warning in 3 files (journeymap.failOnWarning is on); the first is at src/journeys/personas/ben.yaml:1:1')
return true
