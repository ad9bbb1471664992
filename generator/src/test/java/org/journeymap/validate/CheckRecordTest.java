package org.journeymap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.model.Journey;
import org.journeymap.model.Position;
import org.journeymap.model.Ref;
import org.junit.jupiter.api.Test;

/** A journey's checks as the cache keeps them: read back as written, or not at all. */
class CheckRecordTest {

    private final Path file = Path.of("/src/journeys/open.yaml").toAbsolutePath();

    private JourneyChecks.Checked checked(String message) {
        Findings findings = new Findings();
        findings.add(Rule.EMOTION_OUT_OF_SCALE, new Position(file, 7, 18), message);
        return new JourneyChecks.Checked(findings, new JourneyFacts("open", Journey.State.FUTURE, "old",
                List.of(new Ref("ewa", new Position(file, 2, 11))), new Ref("old", new Position(file, 4, 11)),
                List.of(new Ref("transfer", new Position(file, 5, 10))),
                List.of(new Ref("app", new Position(file, 9, 22)), new Ref("app", new Position(file, 12, 22))),
                List.of("apply", "use"), java.util.Map.of("verify", java.util.Map.of("conversion", new Position(file, 14, 19)),
                        "first-login", java.util.Map.of()),
                List.of(new JourneyFacts.Moment("first-login", "Logs in the first time", new Position(file, 16, 9)))));
    }

    @Test
    void aRecordReadsBackAsWritten() {
        JourneyChecks.Checked c = checked("emotion 9 is outside the scale -2..2; write a number from -2 to 2");
        JourneyChecks.Checked back = CheckRecord.read(CheckRecord.write(c, file).orElseThrow(), file).orElseThrow();
        assertEquals(c.findings().raw(), back.findings().raw());
        assertEquals(c.facts(), back.facts());
        assertEquals(Set.of("app"), back.facts().touchpointIds());
        assertEquals(new Position(file, 14, 19), back.facts().stepMetrics().get("verify").get("conversion"),
                "where the journey gives a step's metric, for the checks of measurement files");
        assertEquals(List.of(new JourneyFacts.Moment("first-login", "Logs in the first time", new Position(file, 16, 9))),
                back.facts().unmeasuredMoments(), "a moment of truth that its YAML does not measure");
    }

    @Test
    void aRecordOfSomethingInAnotherFileIsNotWritten() {
        Findings elsewhere = new Findings();
        elsewhere.add(Rule.UNKNOWN_PERSONA, new Position(Path.of("/src/other.yaml").toAbsolutePath(), 1, 1), "x");
        assertTrue(CheckRecord.write(new JourneyChecks.Checked(elsewhere, checked("x").facts()), file).isEmpty());
    }

    @Test
    void anythingElseReadsAsNothing() {
        byte[] good = CheckRecord.write(checked("fine"), file).orElseThrow();
        assertTrue(CheckRecord.read(java.util.Arrays.copyOf(good, good.length - 1), file).isEmpty(), "truncated");
        assertTrue(CheckRecord.read(java.util.Arrays.copyOf(good, good.length + 1), file).isEmpty(), "extended");
        assertTrue(CheckRecord.read(new byte[0], file).isEmpty(), "empty");
        byte[] line = CheckRecord.write(checked("fine\n::error::forged"), file).orElseThrow();
        assertTrue(CheckRecord.read(line, file).isEmpty(), "a message that would add a line to a log");
    }
}
