def site = new File(basedir, 'target/journeymap')
assert new File(site, 'index.html').text.contains('<footer class="site-footer"><p>Acme Customer Experience Office</p></footer>')
assert new File(site, 'journeys/buy.html').text.contains('Acme Customer Experience Office')
assert new File(site, 'theme/journeymap.css').text == 'body { font-family: Georgia, serif; }\n'
assert new File(site, 'theme/journeymap.js').isFile()
return true
