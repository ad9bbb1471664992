package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.journeymap.output.MemoryOutput;
import org.journeymap.testing.Golden;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages of a small site, compared with src/test/resources/site/expected. Re-bless with
 * -Djourneymap.bless=true after a deliberate change to the theme or the renderer.
 */
class SiteGoldenTest {

    private static final Path EXPECTED = Path.of("src/test/resources/site/expected");

    @TestFactory
    Stream<DynamicTest> pagesMatchTheGoldenFiles() throws Exception {
        MemoryOutput site = Sites.render(Sites.fixture());
        Set<String> written = new TreeSet<>(site.files().keySet());
        assertEquals(new TreeSet<>(Set.of("404.html", "index.html", "sitemap.xml",
                "journeys/otwarcie-konta.html", "journeys/otwarcie-konta.svg", "journeys/otwarcie-konta.png",
                "journeys/otwarcie-konta-2027.html", "journeys/otwarcie-konta-2027.svg",
                "journeys/otwarcie-konta-2027.png", "journeys/perevod.html", "journeys/perevod.svg",
                "journeys/perevod.png", "personas/ewa.html", "personas/oleg.html", "assets/ewa.svg",
                "assets/ewa-photo-1ffbd7.png", "theme/journeymap.css", "theme/journeymap.js", "theme/favicon.svg", "theme/labels.css",
                "touchpoints.html", "opportunities.html", "data/opportunities.csv", "data/measurements.csv", "search.html",
                "data/search-index.js", "data/site.json", "schema/site-json.schema.json", "schema/site.schema.json",
                "schema/touchpoints.schema.json", "schema/persona.schema.json", "schema/journey.schema.json",
                "compare/otwarcie-konta-2027.html", "journeys/otwarcie-konta.mmd", "journeys/otwarcie-konta-2027.mmd",
                "journeys/perevod.mmd", "journeys/otwarcie-konta@2x.png", "journeys/otwarcie-konta-2027@2x.png",
                "journeys/perevod@2x.png")), written);
        return written.stream()
                .filter(p -> p.endsWith(".html") || p.endsWith(".svg") && p.startsWith("journeys/") || p.endsWith(".xml")
                        || p.endsWith(".csv") || p.endsWith(".mmd") || p.startsWith("data/"))
                .map(p -> DynamicTest.dynamicTest(p, () -> Golden.assertMatches(EXPECTED.resolve(p), site.text(p))));
    }

    @Test
    void pngsAreImagesOfTheCurve() throws Exception {
        MemoryOutput site = Sites.render(Sites.fixture());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(site.files().get("journeys/otwarcie-konta.png")));
        assertNotNull(png);
        assertEquals(1200, png.getWidth(), "a social preview's size");
        assertEquals(630, png.getHeight());
        BufferedImage slides = ImageIO.read(new ByteArrayInputStream(site.files().get("journeys/otwarcie-konta@2x.png")));
        assertEquals(2400, slides.getWidth(), "twice that for slides");
        assertEquals(1260, slides.getHeight());
    }

    @Test
    void theSameSourcesGiveTheSameBytes() throws Exception {
        Map<String, byte[]> first = Sites.render(Sites.fixture()).files();
        Map<String, byte[]> second = Sites.render(Sites.fixture()).files();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void imagesAreCopiedUnderSafeNamesAndLinkedRelatively() throws Exception {
        MemoryOutput site = Sites.render(Sites.fixture());
        String persona = site.text("personas/ewa.html");
        assertTrue(persona.contains("src=\"../assets/ewa.svg\""), "avatar");
        assertTrue(persona.contains("src=\"../assets/ewa-photo-1ffbd7.png\""), "Markdown image");
        assertTrue(persona.contains("&lt;b&gt;Nie lubi&lt;/b&gt;"), "raw HTML in Markdown is text");
        assertTrue(new String(site.files().get("assets/ewa.svg"), StandardCharsets.UTF_8).startsWith("<svg"));
    }

    @Test
    void pngsComeFromTheBuildCacheByWhatTheyShow(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        org.journeymap.Validation v = org.journeymap.testing.Sources.validate(Sites.fixture());
        org.journeymap.cache.BuildCache cache = org.journeymap.cache.BuildCache.open(tmp, Sites.fixture(), "test");
        MemoryOutput firstSite = new MemoryOutput();
        new SiteRenderer().render(v.project(), firstSite, new SiteRenderer.Options(true, cache));
        List<String> keys;
        try (java.util.stream.Stream<Path> entries = Files.walk(cache.folder().resolve("png"))) {
            keys = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(firstSite.files().keySet().stream().filter(p -> p.startsWith("journeys/") && p.endsWith(".png")).count(), keys.size(),
                "one entry per curve");
        assertFalse(keys.contains(org.journeymap.cache.BuildCache.key(firstSite.text("journeys/perevod.svg"))),
                "the key covers the PNG's size and encoding, not the SVG alone, so a PNG drawn otherwise is not reused");
        // an entry that says 42 proves that the next render takes its PNGs from the cache
        for (String key : keys) {
            cache.write("png", key, new byte[] {42});
        }
        MemoryOutput second = new MemoryOutput();
        new SiteRenderer().render(v.project(), second, new SiteRenderer.Options(true, cache));
        assertArrayEquals(new byte[] {42}, second.files().get("journeys/perevod.png"), "taken from the cache");
        MemoryOutput none = new MemoryOutput();
        new SiteRenderer().render(v.project(), none, new SiteRenderer.Options(true, org.journeymap.cache.BuildCache.NONE));
        assertArrayEquals(firstSite.files().get("journeys/perevod.png"), none.files().get("journeys/perevod.png"),
                "without a cache every PNG is drawn");
    }

    @Test
    void opportunitiesCsvIsRfc4180WithABomAndNoFormulas() throws Exception {
        String csv = Sites.render(Sites.fixture()).text("data/opportunities.csv");
        assertTrue(csv.startsWith("\uFEFFrodzaj,tekst,"), "UTF-8 with a byte-order mark, headings in the site language");
        assertTrue(csv.contains("\r\n") && !csv.replace("\r\n", "").contains("\n"), "CRLF line ends");
        assertTrue(csv.contains("https://cx.bank.example/mapy/journeys/otwarcie-konta.html#step-weryfikacja"), csv);
        assertEquals("\"a \"\"quoted\"\", text\"", OpportunitiesCsv.cell("a \"quoted\", text"));
        assertEquals("'=HYPERLINK(\"x\")", OpportunitiesCsv.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"")
                .replaceAll("^\"|\"$", ""));
        assertEquals("'@SUM(A1)", OpportunitiesCsv.cell("@SUM(A1)"));
        assertEquals("-1.5", OpportunitiesCsv.cell("-1.5"), "numbers stay numbers");
    }
}
