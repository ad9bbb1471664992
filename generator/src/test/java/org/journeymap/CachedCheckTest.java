package org.journeymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeymap.finding.Finding;
import org.journeymap.testing.FixtureEdits;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Generator#check} with a build cache takes each unchanged journey's own findings from the
 * cache, and still finds exactly what a validation without a cache finds: after edits of every
 * kind, above all those of other files that change what a journey's references resolve to.
 */
class CachedCheckTest {

    @TempDir
    Path temp;

    private final List<String> phases = new ArrayList<>();

    private Generator cached() {
        return Generator.builder().cacheFolder(temp.resolve("cache")).listener(new Listener() {
            @Override
            public void phase(String line) {
                phases.add(line);
            }
        }).build();
    }

    /** How many journeys the last check took from the cache. */
    private int asBefore() {
        Matcher m = Pattern.compile("\\((\\d+) journeys as before\\)").matcher(phases.get(phases.size() - 1));
        assertTrue(m.find(), phases.get(phases.size() - 1));
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aCachedCheckFindsWhatAValidationFindsAfterEveryKindOfEdit() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        Map<String, FixtureEdits.Edit> edits = new LinkedHashMap<>();
        edits.put("nothing", s -> { });
        edits.put("an error in a journey", s -> FixtureEdits.replace(s.resolve("journeys/perevod.yaml"),
                "emotion: -1", "emotion: -9"));
        edits.put("an unknown persona", s -> FixtureEdits.replace(s.resolve("journeys/perevod.yaml"),
                "persona: oleg", "persona: olga"));
        edits.putAll(FixtureEdits.ofEveryKindButJourneys());
        edits.put("a persona deleted", s -> Files.delete(s.resolve("personas/oleg.yaml")));
        edits.put("a touchpoint removed", s -> FixtureEdits.replace(s.resolve("touchpoints.yaml"),
                "  - id: forum\n", "  - id: forum-online\n"));
        edits.put("a baseline made a future state", s -> FixtureEdits.replace(
                s.resolve("journeys/konto/otwarcie-konta.yaml"), "title:", "state: future\nbaseline: perevod\ntitle:"));
        edits.put("an image deleted", s -> Files.delete(s.resolve("assets/ewa.svg")));
        edits.put("a narrower emotion scale", s -> Files.writeString(s.resolve("site.yaml"),
                Files.readString(s.resolve("site.yaml")) + "emotionScale: {min: -1, max: 1}\n"));
        edits.put("a rule turned off", s -> Files.writeString(s.resolve("site.yaml"),
                Files.readString(s.resolve("site.yaml")) + "rules: {unknown-persona: off}\n"));
        edits.put("a related journey deleted", s -> Files.delete(s.resolve("journeys/perevod.yaml")));
        edits.put("a journey moved to another group", s -> Files.move(s.resolve("journeys/konto/otwarcie-konta-2027.yaml"),
                s.resolve("journeys/otwarcie-konta-2027.yaml")));
        int journeys = 3;
        for (Map.Entry<String, FixtureEdits.Edit> edit : edits.entrySet()) {
            edit.getValue().apply(src);
            Validation expected = Generator.builder().build().validate(src);
            Validation first = cached().check(src);
            assertNull(first.project(), "a check keeps no model");
            assertEquals(expected.findings(), first.findings(), "after " + edit.getKey());
            assertEquals(expected.fileCount(), first.fileCount());
            // and again, with every journey's own findings from the cache
            Validation again = cached().check(src);
            assertEquals(expected.findings(), again.findings(), "after " + edit.getKey() + ", from the cache");
            journeys = expected.project().journeys().size();
            assertEquals(journeys, asBefore(), edit.getKey() + ": " + phases);
        }
        assertEquals(2, journeys, "a journey was deleted");
    }

    @Test
    void theFindingsOfOtherFilesReachJourneysTakenFromTheCache() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        cached().check(src);
        Files.delete(src.resolve("personas/oleg.yaml"));
        Validation v = cached().check(src);
        assertEquals(3, asBefore(), "no journey file changed");
        List<Finding> unknown = v.findings().stream().filter(f -> f.rule().id().equals("unknown-persona")).toList();
        assertFalse(unknown.isEmpty(), v.findings().toString());
        assertTrue(unknown.stream().allMatch(f -> f.at().file().startsWith(src.resolve("journeys"))), unknown.toString());
    }

    @Test
    void aSpoiledRecordIsCheckedAgain() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        FixtureEdits.replace(src.resolve("journeys/perevod.yaml"), "emotion: -1", "emotion: -9");
        List<Finding> expected = cached().check(src).findings();
        assertFalse(expected.isEmpty());
        List<Path> records;
        try (Stream<Path> walk = Files.walk(temp.resolve("cache"))) {
            records = walk.filter(p -> p.getParent().getFileName().toString().equals("checked")
                    || p.getParent().getParent() != null
                    && p.getParent().getParent().getFileName().toString().equals("checked"))
                    .filter(Files::isRegularFile).toList();
        }
        assertEquals(3, records.size(), "a record per journey");
        for (Path r : records) {
            byte[] bytes = Files.readAllBytes(r);
            bytes[bytes.length - 5] ^= 0x55;
            Files.write(r, bytes);
        }
        assertEquals(expected, cached().check(src).findings());
        assertEquals(0, asBefore(), "spoiled records are not trusted");
        assertEquals(expected, cached().check(src).findings());
        assertEquals(3, asBefore());
    }
}
