package org.journeymap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journeymap.Generator;
import org.journeymap.Validation;
import org.journeymap.bind.ReadCache;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Rule;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview checks an unchanged journey again only when something it reads has changed. */
class JourneyChecksTest {

    private static final String PLAN = Sources.JOURNEY.replace("title: Buying", "title: Buying, redesigned\n"
            + "state: future\nbaseline: buy");

    @TempDir
    Path root;
    private final Generator generator = Generator.builder().build();
    private final ReadCache cache = new ReadCache();

    @BeforeEach
    void project() throws Exception {
        Sources.project(root, Map.of("journeys/plan.yaml", PLAN,
                "journeys/buy.yaml", Sources.JOURNEY.replace("title: Buying", "title: Buying\n"
                        + "scenario: 'Anna compares prices. ![The shop](assets/shop.png)'"),
                "assets/shop.png", "not really a PNG, but named like one"));
    }

    /** Validates with the cache, and checks that the result is what a first validation gives. */
    private List<Finding> cached() throws Exception {
        Validation v = generator.validate(root, cache);
        assertEquals(generator.validate(root).findings(), v.findings(), "as if checked from scratch");
        return v.findings();
    }

    private static boolean has(List<Finding> findings, Rule rule, String file) {
        return findings.stream().anyMatch(f -> f.rule() == rule && f.at().file().endsWith(file));
    }

    @Test
    void unchangedJourneysKeepTheirFindings() throws Exception {
        assertEquals(List.of(), cached());
        assertEquals(2, cache.checks().size());
        Files.delete(root.resolve("assets/shop.png"));
        assertFalse(has(generator.validate(root, cache).findings(), Rule.INVALID_ASSET, "buy.yaml"),
                "not checked again: nobody said the image went (the preview's watcher does, below)");
        cache.forget(List.of(root.resolve("assets/shop.png")));
        assertTrue(has(cached(), Rule.INVALID_ASSET, "buy.yaml"), "any file but a journey checks all again");
    }

    @Test
    void anEditedJourneyIsCheckedAgainAndTheOthersAreKept() throws Exception {
        cached();
        Files.writeString(root.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("persona: anna", "persona: ann"));
        List<Finding> findings = cached();
        assertTrue(has(findings, Rule.UNKNOWN_PERSONA, "buy.yaml"), findings.toString());
        assertFalse(has(findings, Rule.PERSONA_UNUSED, "anna.yaml"),
                "plan, not checked again, still names anna: the ids a journey uses are kept with its findings");
    }

    @Test
    void whatAJourneyReadsOfOthersChecksItAgain() throws Exception {
        cached();
        // plan.yaml is unchanged, but its baseline is now itself a future-state journey
        Files.writeString(root.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("title: Buying",
                "title: Buying\nstate: future\nbaseline: plan"));
        assertTrue(has(cached(), Rule.INVALID_BASELINE, "plan.yaml"));
        Files.writeString(root.resolve("journeys/buy.yaml"), Sources.JOURNEY);
        assertFalse(has(cached(), Rule.INVALID_BASELINE, "plan.yaml"));
        // a persona renamed, with no word from a watcher: the ids differ, so every journey is checked again
        Files.move(root.resolve("personas/anna.yaml"), root.resolve("personas/anne.yaml"));
        assertTrue(has(cached(), Rule.UNKNOWN_PERSONA, "plan.yaml"));
        Files.move(root.resolve("personas/anne.yaml"), root.resolve("personas/anna.yaml"));
        Files.delete(root.resolve("journeys/buy.yaml"));
        assertTrue(has(cached(), Rule.UNKNOWN_JOURNEY, "plan.yaml"), "a journey gone");
        assertEquals(1, cache.checks().size(), "and forgotten");
    }
}
