package org.journeymap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.journeymap.cache.BuildCache;
import org.journeymap.finding.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose bytes were parsed before without a finding is taken from the cache, as it was parsed. */
class TreeCacheTest {

    @TempDir
    Path temp;

    private BuildCache cache() {
        return BuildCache.open(temp.resolve("cache"), temp.resolve("src"), "test");
    }

    private Optional<YNode> read(Path file, Findings findings) throws Exception {
        return new YamlReader().read(file, findings, new TreeCache(cache()));
    }

    @Test
    void aTreeComesBackAsParsedWithPositionsInTheFileReadNow() throws Exception {
        String yaml = "title: \"Buy\"\nsteps:\n  - name: Pay\n    thoughts: [a, 'b c']\n  - ~\n";
        Path first = Files.writeString(temp.resolve("a.yaml"), yaml);
        Optional<YNode> parsed = new YamlReader().read(first, new Findings());
        assertEquals(parsed, read(first, new Findings()), "stored");
        Path moved = Files.writeString(temp.resolve("moved.yaml"), yaml);
        Findings none = new Findings();
        Optional<YNode> again = read(moved, none);
        assertTrue(none.isEmpty());
        assertEquals(new YamlReader().read(moved, new Findings()), again, "the same tree, positions in the moved file");
    }

    @Test
    void theCacheIsReadNotTheFile() throws Exception {
        Path file = Files.writeString(temp.resolve("a.yaml"), "title: Buy\n");
        read(file, new Findings());
        // a tree stored under the key of these bytes that says something else proves where it came from
        Path other = Files.writeString(temp.resolve("b.yaml"), "title: Sell\n");
        YNode sell = new YamlReader().read(other, new Findings()).orElseThrow();
        new TreeCache(cache()).put(TreeCache.key(Files.readAllBytes(file)), sell);
        YNode read = read(file, new Findings()).orElseThrow();
        assertTrue(read.toString().contains("Sell"), read.toString());
        assertEquals(file, read.at().file());
    }

    @Test
    void aFileWithFindingsIsNeverStoredAndItsFindingsComeEachTime() throws Exception {
        Path file = Files.writeString(temp.resolve("a.yaml"), "title: [broken\n");
        for (int i = 0; i < 2; i++) {
            Findings findings = new Findings();
            assertTrue(read(file, findings).isEmpty());
            assertFalse(findings.isEmpty());
        }
        assertFalse(Files.exists(cache().folder().resolve("yaml")));
    }

    @Test
    void aSpoiledTreeIsParsedAgain() throws Exception {
        String yaml = "title: Buy\nsteps: [a, b]\n";
        Path file = Files.writeString(temp.resolve("a.yaml"), yaml);
        read(file, new Findings());
        // an entry that passes the cache's checksum but is no tree: another version's format, say
        for (byte[] bad : new byte[][] {new byte[0], {9, 0, 0}, {3, 0, 0, 0, 1, 0, 0, 0, 1, 127, 127, 127, 127},
                "not a tree".getBytes(StandardCharsets.UTF_8)}) {
            new TreeCache(cache()).put(TreeCache.key(Files.readAllBytes(file)), new YNode.Scalar("x", true,
                    new org.journeymap.model.Position(file, 1, 1)));
            try (Stream<Path> entries = Files.walk(cache().folder().resolve("yaml"))) {
                String key = entries.filter(Files::isRegularFile).findFirst().orElseThrow().getFileName().toString();
                cache().write("yaml", key, bad);
            }
            Findings findings = new Findings();
            assertEquals(new YamlReader().read(file, new Findings()), read(file, findings));
            assertTrue(findings.isEmpty());
        }
    }
}
