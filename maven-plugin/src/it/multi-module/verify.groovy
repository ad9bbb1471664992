def shop = new File(basedir, 'shop/target/journeymap')
def bank = new File(basedir, 'bank/target/site')
assert new File(shop, 'journeys/buy.html').isFile()
assert new File(bank, 'journeys/konto.html').isFile()
assert !new File(basedir, 'bank/target/journeymap').exists()
assert new File(shop, 'sitemap.xml').text.contains('<loc>https://cx.example/maps/journeys/buy.html</loc>')
assert new File(bank, 'index.html').text.contains('Przejdź do treści')
assert new File(bank, 'journeys/konto.html').text.contains('<html lang="pl">')
return true
