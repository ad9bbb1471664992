def site = new File(basedir, 'target/journeymap')
assert new File(site, 'index.html').isFile()
assert new File(site, 'journeys/buy.html').isFile()
assert new File(site, 'journeys/buy.svg').isFile()
assert new File(site, 'journeys/buy.png').isFile()
assert new File(site, 'personas/anna.html').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] journeymap: checked 2 files in ')
assert log.contains('[INFO] journeymap: wrote ')
assert !log.contains('::error')
return true
