package org.journeymap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.journeymap.Validation;
import org.journeymap.testing.DocExamples;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;

/** The sample project validates without a single finding, warnings included. */
class SampleJourneysTest {

    @Test
    void sampleJourneysAreClean() {
        Validation v = Sources.validate(DocExamples.projectRoot().resolve("sample-journeys/src/journeys"));
        assertEquals(List.of(), v.findings());
        assertFalse(v.project().journeys().isEmpty());
    }
}
