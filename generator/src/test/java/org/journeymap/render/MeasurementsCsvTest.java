package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeymap.finding.Findings;
import org.journeymap.measure.MeasurementFile;
import org.journeymap.model.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/measurements.csv: safe to open in a spreadsheet, and a measurement file again. */
class MeasurementsCsvTest {

    @TempDir
    Path temp;

    @Test
    void formulaLikeCellsAreTextAndTheFileReadsBackAsAMeasurementFile() throws Exception {
        Path source = temp.resolve("in.csv");
        Files.writeString(source, "journey;step;metric;value;date;source;note\n"
                + "buy;checks-out;conversion;3,4%;2026-09;\"=HYPERLINK(\"\"http://x\"\")\";@SUM(A1)\n"
                + "buy;checks-out;nps;-12;2026-10;+ads;-note\n", StandardCharsets.UTF_8);
        Findings findings = new Findings();
        List<Measurement> rows = MeasurementFile.read(source, findings);
        assertEquals(List.of(), findings.raw());
        assertEquals("=HYPERLINK(\"http://x\")", rows.get(0).source(), "a formula in a cell is text as written");

        StringWriter out = new StringWriter();
        MeasurementsCsv.write(rows, out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFjourney,step,stage,metric,value,date,persona,source,note\r\n"), csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1)\r\n"), csv);
        assertTrue(csv.contains(",-12,2026-10,,'+ads,'-note\r\n"), "a negative number stays a number: " + csv);

        Path published = temp.resolve("published.csv");
        Files.writeString(published, csv, StandardCharsets.UTF_8);
        List<Measurement> back = MeasurementFile.read(published, findings);
        assertEquals(List.of(), findings.raw());
        assertEquals(rows.stream().map(Measurement::value).toList(), back.stream().map(Measurement::value).toList());
        assertEquals(List.of("2026-09", "2026-10"), back.stream().map(Measurement::date).toList());
    }
}
