package org.journeymap.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeymap.finding.Findings;
import org.journeymap.model.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows grouped into series, as the checks, the measured project and the pages see them. */
class SeriesTest {

    @TempDir
    Path temp;

    private List<Measurement> rows() throws Exception {
        Path file = temp.resolve("m.csv");
        Files.writeString(file, "journey,step,metric,value,date,persona\n"
                + "buy,pay,csat,4.0,2026-10,\n"
                + "buy,pay,csat,3.5,2026-08,\n"
                + "buy,pay,csat,3.9,2026-10,anna\n"
                + "buy,look,nps,12,2026-09,\n"
                + "sell,list,nps,20,2026-09,\n", StandardCharsets.UTF_8);
        Findings findings = new Findings();
        List<Measurement> rows = List.copyOf(MeasurementFile.read(file, findings));
        assertEquals(List.of(), findings.raw());
        return rows;
    }

    @Test
    void seriesByJourneyInTheOrderTheirFirstRowsWereWrittenEachInDateOrder() throws Exception {
        Map<String, List<Series>> series = Series.of(rows());
        assertEquals(List.of("buy", "sell"), List.copyOf(series.keySet()));
        List<Series> buy = series.get("buy");
        assertEquals(3, buy.size());
        assertEquals(List.of("2026-08", "2026-10"), buy.get(0).values().stream().map(Measurement::date).toList());
        assertEquals(4.0, buy.get(0).latest().value());
        assertEquals("anna", buy.get(1).persona());
        assertEquals("look", buy.get(2).step());
    }

    @Test
    void theSameListIsGroupedOnceAnEqualListAgain() throws Exception {
        List<Measurement> rows = rows();
        Map<String, List<Series>> first = Series.of(rows);
        assertSame(first, Series.of(rows), "the same rows: the series grouped before");
        List<Measurement> copy = new ArrayList<>(rows);
        Map<String, List<Series>> again = Series.of(copy);
        assertNotSame(first, again, "other rows, even equal ones, are grouped on their own");
        assertEquals(first, again);
        copy.remove(copy.size() - 1);
        assertEquals(List.of("buy"), List.copyOf(Series.of(copy).keySet()),
                "rows that changed after an earlier grouping are grouped as they are now");
    }
}
