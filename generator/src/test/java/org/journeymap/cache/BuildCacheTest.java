package org.journeymap.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache gives back what was stored, or nothing: never bytes it cannot vouch for. */
class BuildCacheTest {

    @TempDir
    Path temp;

    private final String key = BuildCache.key("something");

    private BuildCache cache() {
        return BuildCache.open(temp.resolve("cache"), temp.resolve("src"), "journeymap 1.0");
    }

    private Path entry(BuildCache cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache.folder().resolve("png"))) {
            return s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    @Test
    void givesBackWhatWasStored() {
        BuildCache cache = cache();
        byte[] stored = "a drawn curve".getBytes(StandardCharsets.UTF_8);
        cache.write("png", key, stored);
        assertArrayEquals(stored, cache().read("png", key).orElseThrow(), "another process reads it too");
        assertTrue(cache.read("png", BuildCache.key("something else")).isEmpty());
    }

    @Test
    void aSpoiledEntryReadsAsMissingAndIsRemoved() throws IOException {
        byte[] stored = "PNG bytes of a curve".getBytes(StandardCharsets.UTF_8);
        List<UnaryOperator<byte[]>> spoilers = List.of(
                good -> new byte[0],                                         // emptied
                good -> Arrays.copyOf(good, good.length - 1),                // truncated
                good -> Arrays.copyOf(good, 20),                             // truncated in the header
                good -> flip(good, good.length - 3),                         // corrupted payload
                good -> flip(good, 2),                                       // corrupted magic
                good -> flip(good, 40),                                      // corrupted checksum
                good -> concat(good, new byte[] {1}),                        // grown
                good -> new String(good, StandardCharsets.ISO_8859_1)        // edited by hand
                        .replace("curve", "CURVE").getBytes(StandardCharsets.ISO_8859_1));
        for (UnaryOperator<byte[]> spoil : spoilers) {
            BuildCache cache = cache();
            cache.write("png", key, stored);
            Path file = entry(cache);
            byte[] bad = spoil.apply(Files.readAllBytes(file));
            Files.write(file, bad);
            assertTrue(cache().read("png", key).isEmpty(), new String(bad, StandardCharsets.ISO_8859_1));
            assertFalse(Files.exists(file), "removed, so that the next build stores a good one");
        }
    }

    @Test
    void anEntryOfAnotherVersionIsIgnored() {
        cache().write("png", key, new byte[] {1, 2, 3});
        BuildCache newer = BuildCache.open(temp.resolve("cache"), temp.resolve("src"), "journeymap 1.1");
        assertTrue(newer.read("png", key).isEmpty());
    }

    @Test
    void eachSourceFolderHasItsOwnEntries() {
        cache().write("png", key, new byte[] {1});
        BuildCache other = BuildCache.open(temp.resolve("cache"), temp.resolve("other-src"), "journeymap 1.0");
        assertTrue(other.read("png", key).isEmpty());
        assertNotEquals(cache().folder(), other.folder());
        assertEquals(temp.resolve("cache"), other.folder().getParent());
    }

    @Test
    void noCacheKeepsNothing() {
        BuildCache.NONE.write("png", key, new byte[] {1});
        assertTrue(BuildCache.NONE.read("png", key).isEmpty());
        assertFalse(BuildCache.NONE.enabled());
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoError() throws IOException {
        Path blocked = Files.writeString(temp.resolve("blocked"), "a file where the folder would be");
        BuildCache cache = BuildCache.open(blocked, temp.resolve("src"), "journeymap 1.0");
        cache.write("png", key, new byte[] {1});
        assertTrue(cache.read("png", key).isEmpty());
    }

    @Test
    void pruneKeepsOnlyWhatThisProcessUsed() {
        BuildCache earlier = cache();
        String old = BuildCache.key("a curve that is gone");
        earlier.write("png", old, new byte[] {1});
        earlier.write("png", key, new byte[] {2});
        BuildCache now = cache();
        assertTrue(now.read("png", key).isPresent());
        now.prune("png");
        assertTrue(cache().read("png", key).isPresent());
        assertTrue(cache().read("png", old).isEmpty());
    }

    @Test
    void theDefaultFolderFollowsThePlatform() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/xdg/journeymap"),
                BuildCache.defaultRoot(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", home));
        assertEquals(home.resolve(".cache/journeymap"), BuildCache.defaultRoot(Map.of(), "Linux", home));
        assertEquals(home.resolve(".cache/journeymap"),
                BuildCache.defaultRoot(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home),
                "the XDG specification ignores a relative path");
        assertEquals(home.resolve("Library/Caches/journeymap"), BuildCache.defaultRoot(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/ana/AppData/Local", "journeymap", "cache"),
                BuildCache.defaultRoot(Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "Windows 11", home));
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x20;
        return c;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
