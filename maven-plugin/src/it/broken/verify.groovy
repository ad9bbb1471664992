def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/journeys/journeys/buy.yaml:7:18: error: emotion 3 is outside the scale -2..2; write a number from -2 to 2 [emotion-out-of-scale]')
assert log.contains('journeymap: 1 error, 0 warnings in 2 files; the first is at src/journeys/journeys/buy.yaml:7:18')
assert !log.contains('::error')
assert !new File(basedir, 'target/journeymap').exists()
return true
