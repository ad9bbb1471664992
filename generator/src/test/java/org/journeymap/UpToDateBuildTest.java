package org.journeymap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.journeymap.load.SourceDigest;
import org.journeymap.cache.BuildCache;
import org.journeymap.testing.Sites;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build into the site it wrote before from the same files writes nothing; any change builds again. */
class UpToDateBuildTest {

    @TempDir
    Path temp;
    private Path src;
    private Path out;

    @BeforeEach
    void project() throws IOException {
        // ben is used by no journey: a warning, so that there are findings to report again
        src = Sources.project(temp.resolve("src"), Map.of("personas/ben.yaml", "name: Ben\n"));
        out = temp.resolve("site");
    }

    private Generator.Build build() throws Exception {
        return builder().build().build(src, out, List.of());
    }

    private Generator.Builder builder() {
        return Generator.builder().cacheFolder(temp.resolve("cache"));
    }

    @Test
    void theSecondBuildFromTheSameFilesWritesNothingAndReportsTheSameFindings() throws Exception {
        Generator.Build first = build();
        assertFalse(first.upToDate());
        assertTrue(first.filesWritten() > 5);
        assertEquals(1, first.validation().warningCount(), first.validation().findings().toString());
        FileTime written = Files.getLastModifiedTime(out.resolve("index.html"));
        List<Path> siblings = siblings();

        Generator.Build second = build();
        assertTrue(second.upToDate());
        assertEquals(0, second.filesWritten());
        assertNull(second.validation().project(), "no file was read");
        assertEquals(first.validation().findings(), second.validation().findings(), "same rule, place and words");
        assertEquals(first.validation().fileCount(), second.validation().fileCount());
        assertEquals(written, Files.getLastModifiedTime(out.resolve("index.html")), "the site was left alone");
        assertEquals(siblings, siblings(), "no temporary folder was made");
    }

    @Test
    void anEditedJourneyIsBuiltAgain() throws Exception {
        build();
        Files.writeString(src.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("Buying", "Purchasing"));
        Generator.Build again = build();
        assertFalse(again.upToDate());
        assertTrue(Files.readString(out.resolve("journeys/buy.html")).contains("Purchasing"));
        assertTrue(build().upToDate(), "and then it is up to date again");
    }

    @Test
    void anEditOfTheSameSizeAndTimeIsBuiltAgain() throws Exception {
        build();
        Path journey = src.resolve("journeys/buy.yaml");
        FileTime time = Files.getLastModifiedTime(journey);
        long size = Files.size(journey);
        Files.writeString(journey, Sources.JOURNEY.replace("Buying", "Paying"));
        Files.setLastModifiedTime(journey, time);
        assertEquals(size, Files.size(journey));
        assertFalse(build().upToDate(), "files are compared by their bytes, not their sizes and times");
        assertTrue(Files.readString(out.resolve("journeys/buy.html")).contains("Paying"));
    }

    @Test
    void anAddedRemovedOrRenamedFileIsBuiltAgain() throws Exception {
        build();
        Files.writeString(src.resolve("personas/cleo.yaml"), "name: Cleo\n");
        assertFalse(build().upToDate(), "added");
        assertTrue(Files.exists(out.resolve("personas/cleo.html")));
        Files.move(src.resolve("personas/cleo.yaml"), src.resolve("personas/dora.yaml"));
        assertFalse(build().upToDate(), "renamed");
        assertTrue(Files.exists(out.resolve("personas/dora.html")));
        Files.delete(src.resolve("personas/dora.yaml"));
        assertFalse(build().upToDate(), "removed");
        assertFalse(Files.exists(out.resolve("personas/dora.html")));
    }

    @Test
    void aChangedImageOrTemplateIsBuiltAgain(@TempDir Path fixture) throws Exception {
        Sites.copy(Sites.fixture(), fixture);
        src = fixture;
        build();
        Files.write(src.resolve("assets/ewa.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><!--new--></svg>"
                .getBytes(StandardCharsets.UTF_8));
        assertFalse(build().upToDate(), "an image the site copies");
        assertTrue(Files.readString(out.resolve("assets/ewa.svg")).contains("new"));
        Files.createDirectories(src.resolve("static"));
        Files.writeString(src.resolve("static/extra.css"), "body{}");
        assertFalse(build().upToDate(), "a file of the project's theme");
    }

    @Test
    void aSiteChangedByHandIsBuiltAgainWhole() throws Exception {
        build();
        byte[] index = Files.readAllBytes(out.resolve("index.html"));
        Files.writeString(out.resolve("index.html"), "<!-- injected -->", StandardOpenOption.APPEND);
        assertFalse(build().upToDate(), "a file edited");
        assertArrayEquals(index, Files.readAllBytes(out.resolve("index.html")), "and put back as it was");

        Files.writeString(out.resolve("stray.html"), "x");
        assertFalse(build().upToDate(), "a file added");
        assertFalse(Files.exists(out.resolve("stray.html")));

        Files.delete(out.resolve("journeys/buy.svg"));
        assertFalse(build().upToDate(), "a file deleted");
        assertTrue(Files.exists(out.resolve("journeys/buy.svg")));

        Files.setLastModifiedTime(out.resolve("theme/journeymap.css"), FileTime.fromMillis(0));
        assertFalse(build().upToDate(), "a file touched");
    }

    @Test
    void anUnreadableRecordMeansBuildAgain() throws Exception {
        build();
        // the entry's checksum guards against edits by hand (BuildCacheTest); these records pass it,
        // as a record of this version with a bug in it would, and must still not be trusted
        BuildCache cache = BuildCache.open(temp.resolve("cache"), src, ToolIdentity.current());
        String key = BuildCache.key("site " + out.toAbsolutePath().normalize());
        // each spoils the record of the build just made, which is otherwise good
        List<UnaryOperator<String>> spoilers = List.of(good -> "", good -> "{", good -> "[]", good -> "{\"format\":2}",
                good -> "\u0000\u0001", good -> good + "{}",
                good -> good.replace("\"format\":1", "\"format\":1.0"),
                good -> good.replace("\"severity\":\"WARNING\"", "\"severity\":\"LOUD\""),
                good -> good.replace("\"rule\":\"", "\"rule\":\"gone-"),
                good -> good.replace("\"message\":\"", "\"message\":\"\\n::error::injected "),
                good -> good.replace("\"file\":\"", "\"file\":\"../../"),
                good -> good.replace("\"line\":", "\"line\":-"));
        for (UnaryOperator<String> spoil : spoilers) {
            String good = new String(cache.read("site", key).orElseThrow(), StandardCharsets.UTF_8);
            String bad = spoil.apply(good);
            assertFalse(bad.equals(good), bad);
            cache.write("site", key, bad.getBytes(StandardCharsets.UTF_8));
            Generator.Build b = build();
            assertFalse(b.upToDate(), bad);
            assertEquals(1, b.validation().warningCount());
            assertTrue(build().upToDate(), "the new record is good");
        }
    }

    @Test
    void anotherBaseUrlOrRebuildRendersAgain() throws Exception {
        build();
        Generator.Build other = builder().baseUrl("https://cx.example/maps/").build().build(src, out, List.of());
        assertFalse(other.upToDate());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("https://cx.example/maps/"));
        assertFalse(build().upToDate(), "back to site.yaml's address");
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertFalse(builder().rebuild(true).build().build(src, out, List.of()).upToDate());
    }

    @Test
    void aBuildWithErrorsLeavesTheSiteAndItsRecord() throws Exception {
        build();
        String good = Files.readString(src.resolve("journeys/buy.yaml"));
        Files.writeString(src.resolve("journeys/buy.yaml"), good.replace("emotion: 1", "emotion: 3"));
        Generator.Build broken = build();
        assertFalse(broken.upToDate());
        assertTrue(broken.validation().hasErrors());
        Files.writeString(src.resolve("journeys/buy.yaml"), good);
        assertTrue(build().upToDate(), "the site on disk is still the one these files make");
    }

    @Test
    void aFileEditedDuringTheBuildLeavesNoRecord() throws Exception {
        build();
        Path journey = src.resolve("journeys/buy.yaml");
        String original = Files.readString(journey);
        Files.writeString(journey, original.replace("Buying", "Renting"));
        Listener editor = new Listener() {
            @Override
            public void detail(String line) {
                if (line.startsWith("reading ") && line.endsWith("buy.yaml")) {
                    try { // after the digest, before the file is read for the site
                        Files.writeString(journey, original.replace("Buying", "Purchasing"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        assertFalse(builder().listener(editor).build().build(src, out, List.of()).upToDate());
        assertTrue(Files.readString(out.resolve("journeys/buy.html")).contains("Purchasing"));
        Files.writeString(journey, original.replace("Buying", "Renting"));
        assertFalse(build().upToDate(), "the files are as the digest saw them, but the site is not what they make");
        assertTrue(Files.readString(out.resolve("journeys/buy.html")).contains("Renting"));
    }

    @Test
    void aDigestNoticesAFileChangedAfterItWasRead() throws Exception {
        SourceDigest d = SourceDigest.of(src, "tool", "options");
        assertTrue(d.unchangedSince());
        assertEquals(d.hex(), SourceDigest.of(src, "tool", "options").hex());
        assertFalse(d.hex().equals(SourceDigest.of(src, "another tool", "options").hex()));
        Files.writeString(src.resolve("personas/ben.yaml"), "name: Benjamin\n");
        assertFalse(d.unchangedSince());
        assertFalse(d.hex().equals(SourceDigest.of(src, "tool", "options").hex()));
        Files.createDirectories(src.resolve(".git"));
        String before = SourceDigest.of(src, "tool", "options").hex();
        Files.writeString(src.resolve(".git/index"), "anything");
        assertEquals(before, SourceDigest.of(src, "tool", "options").hex(), "git's own files are not the site's");
    }

    private List<Path> siblings() throws IOException {
        try (Stream<Path> s = Files.list(temp)) {
            return s.sorted().toList();
        }
    }
}
