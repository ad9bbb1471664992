package org.journeymap.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journeymap.Validation;
import org.journeymap.finding.Rule;
import org.journeymap.model.Emotion;
import org.journeymap.model.Step;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBinderTest {

    @TempDir
    Path temp;

    @Test
    void theReadCacheKeepsUnchangedFilesAndRereadsEditedOrForgottenOnes() throws Exception {
        Path root = Sources.project(temp, Map.of("journeys/help.yaml",
                Sources.JOURNEY.replace("title: Buying", "title: Help").replace("emotion: 1", "emotion: 9")));
        org.journeymap.Generator g = org.journeymap.Generator.builder().build();
        ReadCache cache = new ReadCache();
        Validation first = g.validate(root, cache);
        Validation second = g.validate(root, cache);
        assertSame(first.project().journey("buy").orElseThrow(), second.project().journey("buy").orElseThrow(),
                "an unchanged file is not read again");
        assertEquals(first.findings(), second.findings(), "its findings are kept with it");
        assertEquals(1, second.errorCount(), second.findings().toString());

        java.nio.file.Files.writeString(root.resolve("journeys/help.yaml"), Sources.JOURNEY
                .replace("title: Buying", "title: Help, edited").replace("emotion: 1", "emotion: -1"));
        Validation third = g.validate(root, cache);
        assertEquals("Help, edited", third.project().journey("help").orElseThrow().title());
        assertEquals(0, third.errorCount(), "the edited file's old finding is gone: " + third.findings());

        cache.forget(List.of(root.resolve("journeys/buy.yaml")));
        Validation fourth = g.validate(root, cache);
        assertNotSame(third.project().journey("buy").orElseThrow(), fourth.project().journey("buy").orElseThrow(),
                "a forgotten file is read again even when its stamp is the same");
        assertSame(third.project().journey("help").orElseThrow(), fourth.project().journey("help").orElseThrow());
    }

    @Test
    void hugeAndOddNumbersBecomeFindingsNotCrashes() throws Exception {
        Validation v = Sources.validate(Sources.project(temp, Map.of(
                "site.yaml", "emotionScale:\n  min: -99999999999999999999\n  max: 1e400\n"
                        + "  labels: {99999999999999999999999: x, -0: zero}\n",
                "journeys/buy.yaml", Sources.JOURNEY.replace("emotion: 1", "emotion: 1e999")
                        + "        metrics: {csat: -0.0e0, nps: \"+5\"}\n")));
        assertTrue(v.findings().stream().allMatch(f -> f.isError()), v.findings().toString());
        assertTrue(v.findings().stream().anyMatch(f -> f.rule() == Rule.INVALID_NUMBER), v.findings().toString());
    }

    @Test
    void scaleLabelsOutsideTheRangeNameTheKeyAsWritten() throws Exception {
        Validation v = Sources.validate(Sources.project(temp, Map.of(
                "site.yaml", "emotionScale:\n  min: 0\n  max: 4\n  labels: {99999999999999999999999: x, +2: ok}\n")));
        assertEquals(1, v.findings().size(), v.findings().toString());
        assertTrue(v.findings().get(0).message().startsWith("the label key 99999999999999999999999 is outside"));
        assertEquals("ok", v.project().site().emotionScale().labels().get(2));
    }

    @Test
    void emotionOfAMultiPersonaJourneyIsAMapAndASingleNumberIsRefused() throws Exception {
        Validation v = Sources.validate(Sources.project(temp, Map.of(
                "personas/ben.yaml", "name: Ben\n",
                "journeys/buy.yaml", """
                        title: Together
                        personas: [anna, ben]
                        stages:
                          - name: S
                            steps:
                              - name: Map
                                emotion: {anna: -1, ben: 0.5}
                              - name: Number
                                emotion: 1
                        """)));
        assertEquals(List.of(Rule.WRONG_TYPE), v.findings().stream().map(f -> f.rule()).toList());
        assertTrue(v.findings().get(0).message().contains("{anna: 1, ben: 1}"), v.findings().get(0).message());
        Step map = v.project().journeys().get(0).stages().get(0).steps().get(0);
        Emotion e = map.emotion();
        assertTrue(e.perPersona());
        assertEquals(-1.0, e.of("anna").orElseThrow().value());
        assertEquals(0.5, e.of("ben").orElseThrow().value());
    }

    @Test
    void singleValuesStandForListsOfOne() throws Exception {
        Validation v = Sources.validate(Sources.project(temp, Map.of(
                "journeys/buy.yaml", Sources.JOURNEY.replace("title: Buying", "title: Buying\ntags: retail")
                        + "        actions: Taps the ad\n        painPoints: Slow page\n")));
        assertEquals(List.of(), v.findings());
        Step step = v.project().journeys().get(0).stages().get(0).steps().get(0);
        assertEquals(List.of("retail"), v.project().journeys().get(0).tags());
        assertEquals(List.of("Taps the ad"), step.actions());
        assertEquals("Slow page", step.painPoints().get(0).text());
    }
}
