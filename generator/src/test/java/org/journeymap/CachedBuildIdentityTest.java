package org.journeymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.journeymap.testing.FixtureEdits;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache never changes what is built: after every kind of edit, a build with a warm
 * cache into the previous output gives the same bytes as a build without a cache into an empty
 * folder elsewhere; and the published folder holds only the site.
 */
class CachedBuildIdentityTest {

    @TempDir
    Path temp;

    @Test
    void aCachedBuildIsByteIdenticalToAnUncachedOneAfterEveryKindOfEdit() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        Path cache = temp.resolve("cache");
        Path out = temp.resolve("site");
        Map<String, FixtureEdits.Edit> edits = new java.util.LinkedHashMap<>();
        edits.put("nothing", s -> { });
        edits.put("a journey's title", s -> replace(s.resolve("journeys/perevod.yaml"), "title: Перевод", "title: Новый перевод"));
        edits.put("an emotion", s -> replace(s.resolve("journeys/perevod.yaml"), "emotion: -1", "emotion: 1"));
        edits.putAll(FixtureEdits.ofEveryKindButJourneys());
        edits.put("a deletion", s -> Files.delete(s.resolve("journeys/konto/otwarcie-konta-2027.yaml")));
        edits.put("a move to another group folder", s -> Files.move(s.resolve("journeys/perevod.yaml"),
                s.resolve("journeys/konto/perevod.yaml")));
        edits.put("a template override removed", s -> Files.delete(s.resolve("templates/404.ftlh")));
        int n = 0;
        for (Map.Entry<String, FixtureEdits.Edit> edit : edits.entrySet()) {
            edit.getValue().apply(src);
            Generator.Build cached = Generator.builder().cacheFolder(cache).build().build(src, out, List.of());
            assertFalse(cached.validation().hasErrors(), edit.getKey() + ": " + cached.validation().findings());
            Path clean = temp.resolve("clean-" + n++);
            Generator.builder().build().build(src, clean, List.of());
            assertEquals(contents(clean), contents(out), "after editing " + edit.getKey());
        }
    }

    @Test
    void theSameSourcesBuildTheSameBytesInAnyFolderAndTheSiteHoldsOnlyTheSite(@TempDir Path elsewhere)
            throws Exception {
        Path a = temp.resolve("a/site");
        Path b = elsewhere.resolve("deeper/other-name");
        Generator.builder().cacheFolder(temp.resolve("cache")).build().build(Sites.fixture(), a, List.of());
        Generator.builder().build().build(Sites.fixture(), b, List.of());
        Map<String, String> site = contents(a);
        assertEquals(site, contents(b));
        List<String> hidden = site.keySet().stream().filter(p -> p.startsWith(".") || p.contains("/.")).toList();
        assertEquals(List.of(".journeymap-site"), hidden, "no build record, file times or findings in the site");
        String marker = new String(Files.readAllBytes(a.resolve(".journeymap-site")), StandardCharsets.UTF_8);
        assertTrue(marker.startsWith("This folder was written by journeymap"), marker);
    }

    @Test
    void anEditRendersOnlyThePagesThatReadTheEditedFile() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        Path out = temp.resolve("site");
        Generator generator = Generator.builder().cacheFolder(temp.resolve("cache")).build();
        generator.build(src, out, List.of());
        Map<String, Object> before = fileKeys(out);
        // perevod is in Oleg's journeys, not Ewa's; otwarcie-konta names it as related, the future state does not
        replace(src.resolve("journeys/perevod.yaml"), "title: Перевод", "title: Новый перевод");
        generator.build(src, out, List.of());
        Map<String, Object> after = fileKeys(out);
        for (String kept : List.of("journeys/otwarcie-konta-2027.png",
                "journeys/otwarcie-konta-2027.html", "compare/otwarcie-konta-2027.html", "personas/ewa.html")) {
            assertEquals(before.get(kept), after.get(kept), kept + " is the same file, neither rendered nor written");
        }
        for (String made : List.of("journeys/perevod.html", "journeys/perevod.svg", "personas/oleg.html",
                "journeys/otwarcie-konta.html",
                "index.html", "data/site.json")) {
            assertFalse(before.get(made).equals(after.get(made)), made + " is written anew");
        }
        assertTrue(Files.readString(out.resolve("journeys/perevod.html")).contains("Новый перевод"));
        // the curves taken from the last site as they are stay in the cache: a build into an empty
        // folder draws none of them again
        long curves;
        try (Stream<Path> walk = Files.walk(temp.resolve("cache"))) {
            curves = walk.filter(p -> Files.isRegularFile(p) && p.getParent().getParent().getFileName().toString()
                    .equals("png")).count();
        }
        assertEquals(before.keySet().stream().filter(p -> p.startsWith("journeys/") && p.endsWith(".png")).count(), curves);

        // a page of the last build changed by hand is rendered again, not trusted
        Files.writeString(out.resolve("journeys/otwarcie-konta-2027.html"), "<!-- spoiled -->",
                java.nio.file.StandardOpenOption.APPEND);
        replace(src.resolve("journeys/perevod.yaml"), "title: Новый перевод", "title: Перевод");
        generator.build(src, out, List.of());
        assertFalse(Files.readString(out.resolve("journeys/otwarcie-konta-2027.html")).contains("spoiled"));
        Path clean = temp.resolve("clean");
        Generator.builder().build().build(src, clean, List.of());
        assertEquals(contents(clean), contents(out));
    }

    /** Every file under root by path, with what the file system knows it by (device and inode). */
    private static Map<String, Object> fileKeys(Path root) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                keys.put(root.relativize(p).toString().replace('\\', '/'),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    /** Every file under root by path, with the SHA-256 of its bytes. */
    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        FixtureEdits.replace(file, from, to);
    }
}
