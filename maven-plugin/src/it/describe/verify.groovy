def log = new File(basedir, 'build.log').text
['journeymap:validate', 'journeymap:build', 'journeymap:serve', 'journeymap:diff', 'journeymap:help'].each { assert log.contains(it) : it }
['sourceDirectory', 'outputDirectory', 'skip', 'failOnWarning', 'baseUrl', 'port', 'baseRef', 'diffDirectory'].each { assert log.contains(it) : it }
assert log.contains('User property: journeymap.sourceDirectory')
assert log.contains('Goal Prefix: journeymap')
return true
