package org.journeymap.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeymap.cache.BuildCache;
import org.journeymap.finding.Findings;
import org.journeymap.load.SourceDigest;
import org.journeymap.model.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowCacheTest {

    @TempDir
    Path temp;

    private Path src() {
        return temp.resolve("src");
    }

    private BuildCache cache() {
        return BuildCache.open(temp.resolve("cache"), src(), "test");
    }

    /** The SHA-256 of each file by its path under the source folder, as a build's digest gives it. */
    private Map<String, String> known(Path... files) throws Exception {
        Map<String, String> known = new HashMap<>();
        for (Path f : files) {
            known.put(src().relativize(f).toString().replace('\\', '/'),
                    java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(f))));
        }
        return known;
    }

    private Path write(String name, String text) throws Exception {
        Path f = src().resolve("measurements").resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void rowsReadBeforeComeBackAsTheyWereReadWithTheirPositions() throws Exception {
        Path f = write("pl.csv", "\uFEFFjourney;step;stage;metric;value;date;persona;source;note\n"
                + "konto;wniosek;;csat;3,9;2026-10-15;marta;\"Ankieta; pytanie 3\";\n"
                + "konto;;start;nps;\"1 234,5\";2026-10;;;\"dwie\nlinie\"\n"
                + "konto;wniosek;;csat;-0,25;2026-11-01;;Ankieta;=1+2\n");
        Map<String, String> known = known(f);
        Findings first = new Findings();
        List<Measurement> read = MeasurementFiles.read(List.of(f), first, new RowCache(cache(), src(), known));
        assertEquals(List.of(), first.raw());
        assertEquals(3, read.size());
        // the file changes, but the build's digest says it is as it was: its rows come from the cache
        Files.writeString(f, "journey;step;metric;value;date\n");
        Findings second = new Findings();
        List<Measurement> again = MeasurementFiles.read(List.of(f), second, new RowCache(cache(), src(), known));
        assertEquals(List.of(), second.raw());
        assertEquals(read, again);
        assertEquals(read.get(1).cell("note"), again.get(1).cell("note"), "a cell after a quoted line break");
        assertEquals(read.get(0).day(), again.get(0).day());
        // a renamed file is found by its bytes, and its rows are where it is now
        Path moved = src().resolve("measurements").resolve("moved.csv");
        Map<String, String> movedKnown = Map.of("measurements/moved.csv", known.values().iterator().next());
        List<Measurement> there = new RowCache(cache(), src(), movedKnown).get(moved).orElseThrow();
        assertEquals(moved, there.get(0).at().file());
        assertEquals(read.get(2).value(), there.get(2).value());
    }

    @Test
    void aFileWithAFindingIsNotKeptAndItsFindingsComeEveryTime() throws Exception {
        Path f = write("bad.csv", "journey,step,metric,value,date\n"
                + "buy,looks,csat,four,2026-10\nbuy,looks,csat,4,2026-11\n");
        Map<String, String> known = known(f);
        for (int i = 0; i < 2; i++) {
            Findings findings = new Findings();
            List<Measurement> rows = MeasurementFiles.read(List.of(f), findings, new RowCache(cache(), src(), known));
            assertEquals(1, rows.size());
            assertEquals(1, findings.raw().size(), "read " + (i + 1));
        }
        assertFalse(new RowCache(cache(), src(), known).get(f).isPresent());
    }

    @Test
    void aFileWhoseDigestIsNotKnownIsReadAndADamagedEntryIsReadAgain() throws Exception {
        Path f = write("m.csv", "journey,step,metric,value,date\nbuy,looks,csat,4,2026-10\n");
        assertFalse(new RowCache(cache(), src(), Map.of()).key(f).isPresent());
        Map<String, String> known = known(f);
        RowCache rows = new RowCache(cache(), src(), known);
        MeasurementFiles.read(List.of(f), new Findings(), rows);
        assertTrue(rows.get(f).isPresent());
        // an entry whose counts run past its end is dropped, not believed
        BuildCache cache = cache();
        String key = rows.key(f).orElseThrow();
        cache.write("rows", key, new byte[] {0, 0, 0, 1, 0, 0, 0, 100});
        assertFalse(new RowCache(cache, src(), known).get(f).isPresent());
        assertFalse(cache.read("rows", key).isPresent(), "the damaged entry is removed");
        List<Measurement> read = MeasurementFiles.read(List.of(f), new Findings(), new RowCache(cache(), src(), known));
        assertEquals(4.0, read.get(0).value());
    }

    /** SourceDigest names files as RowCache looks them up. */
    @Test
    void theDigestsOfABuildFindTheRows() throws Exception {
        Path f = write("m.csv", "journey,step,metric,value,date\nbuy,looks,csat,4,2026-10\n");
        BuildCache cache = cache();
        SourceDigest digest = SourceDigest.of(src(), "test", "");
        RowCache rows = new RowCache(cache, src(), digest.files());
        assertTrue(rows.key(f).isPresent(), digest.files().toString());
    }
}
