package org.journeymap.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.model.Measurement;
import org.journeymap.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measurement files as spreadsheets and analytics tools write them. */
class MeasurementFileTest {

    @TempDir
    Path temp;

    private final Findings findings = new Findings();

    private List<Measurement> read(String name, byte[] bytes) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return MeasurementFile.read(file, findings);
    }

    private List<Measurement> read(String text) throws Exception {
        return read("m.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commasAndPointsAsAnalyticsToolsWriteThem() throws Exception {
        List<Measurement> rows = read("journey,step,metric,value,date,source\n"
                + "buy,checks-out,conversion,0.034,2026-09,Web analytics\n"
                + "buy,checks-out,conversion,4.1%,2026-10-15,Web analytics\n");
        assertEquals(List.of(), findings.raw());
        assertEquals(2, rows.size());
        assertEquals(0.034, rows.get(0).value());
        assertEquals(0.041, rows.get(1).value(), 1e-12, "a percentage is the fraction");
        assertEquals("2026-10-15", rows.get(1).date());
        assertEquals(java.time.LocalDate.of(2026, 9, 1), rows.get(0).day(), "a month counts as its first day");
        assertEquals(new Position(temp.resolve("m.csv"), 3, 27), rows.get(1).cell("value"));
    }

    @Test
    void semicolonsWithDecimalCommasAndAByteOrderMarkAsPolishExcelWritesThem() throws Exception {
        byte[] text = ("\uFEFFjourney;step;metric;value;date;persona;source\n"
                + "otwarcie-konta;weryfikacja;csat;3,9;2026-10-15;marta;\"Ankieta; pytanie 3\"\n"
                + "otwarcie-konta;weryfikacja;nps;\"1 234,5\";2026-10-15;;\n").getBytes(StandardCharsets.UTF_8);
        List<Measurement> rows = read("pl.csv", text);
        assertEquals(List.of(), findings.raw());
        assertEquals(3.9, rows.get(0).value());
        assertEquals("Ankieta; pytanie 3", rows.get(0).source(), "a quoted separator is text");
        assertEquals(1234.5, rows.get(1).value(), "spaces group thousands");
        assertNull(rows.get(1).persona());
        // the byte-order mark is not the first letter of the first column's name
        List<String> header = new java.util.ArrayList<>();
        CsvTable.read(temp.resolve("pl.csv"), new Findings(), (row, first, separator) -> {
            if (first) {
                header.add(row.text(0));
            }
        });
        assertEquals(List.of("journey"), header);
        assertEquals(new Position(temp.resolve("pl.csv"), 2, 33), rows.get(0).cell("value"));
    }

    @Test
    void quotedLineBreaksKeepTheLinesOfLaterCells() throws Exception {
        List<Measurement> rows = read("journey,step,metric,value,date,note\n"
                + "buy,looks,csat,4,2026-10,\"two\nlines\"\n"
                + "buy,looks,csat,=1+2,2026-11,\n");
        assertEquals("two\nlines", rows.get(0).note());
        List<Finding> raw = findings.raw();
        assertEquals(1, raw.size(), raw.toString());
        assertEquals(Rule.INVALID_NUMBER, raw.get(0).rule(), "a formula is text, not a number");
        assertEquals(4, raw.get(0).at().line(), "the row after a quoted line break is on line 4");
        assertEquals(16, raw.get(0).at().column());
    }

    @Test
    void aFileInAWindowsCodePageSaysToSaveItAsUtf8() throws Exception {
        read("cp1250.csv", "journey;step;metric;value;date\nbuy;łączy;csat;4;2026-10\n"
                .getBytes(Charset.forName("windows-1250")));
        Finding f = findings.raw().get(0);
        assertEquals(Rule.INVALID_ENCODING, f.rule());
        assertEquals(new Position(temp.resolve("cp1250.csv"), 2, 5), f.at());
        assertTrue(f.message().contains("save the file as UTF-8"), f.message());
    }

    @Test
    void numbersAndDatesAreStrict() {
        assertEquals(3.4, MeasurementFile.number("3,4", ';'));
        assertNull(MeasurementFile.number("3,4", ','), "with commas as separators a comma is no decimal");
        assertNull(MeasurementFile.number("NaN", ','));
        assertNull(MeasurementFile.number("1e999999999999", ','));
        assertNull(MeasurementFile.number("0x10", ','));
        assertEquals(-12.0, MeasurementFile.number("-12", ','));
        assertNull(MeasurementFile.day("2026-02-30"));
        assertNull(MeasurementFile.day("2026-13"));
        assertNull(MeasurementFile.day("26-10-15"));
        assertEquals(java.time.LocalDate.of(2024, 2, 29), MeasurementFile.day("2024-02-29"));
    }

    @Test
    void theSeparatorIsWhatTheHeaderHoldsMoreOf() {
        assertEquals(';', CsvTable.separator("journey;step;metric;value;date\n1,2"));
        assertEquals(',', CsvTable.separator("journey,step,metric,value,date\n1;2;3;4;5;6"));
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItOpens() throws Exception {
        read("journey,step,metric,value,date,note\n"
                + "buy,looks,csat,4,2026-10,\"said \"\"fine\"\"\"\n"
                + "buy,looks,csat,\"4,2026-11,ok\n"
                + "buy,looks,csat,5,2026-12,ok\n");
        Finding f = findings.raw().get(0);
        assertEquals(Rule.CSV_SYNTAX, f.rule());
        assertEquals(List.of(3, 16), List.of(f.at().line(), f.at().column()),
                "the quote that opens '4,...' on line 3, not the end of the file; the doubled quotes before it are"
                        + " closed");
    }

    @Test
    void aQuoteInsideAFieldOpensNothing() {
        char[] text = "a,b\"c,\"d\"\"e\";\"f".toCharArray();
        assertEquals(-1, CsvTable.unclosedQuote(text, 0, text.length - 3, ','), "every quoted field closed");
        assertEquals(text.length - 2, CsvTable.unclosedQuote(text, 0, text.length, ';'),
                "the last field opens with a quote after a separator");
    }

    /** The scan for a decimal number accepts exactly what its regular expression matches. */
    @Test
    void aDecimalIsWhatItsPatternSays() {
        java.util.regex.Pattern pattern =
                java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        java.util.Random random = new java.util.Random(9);
        String alphabet = "0123456789.+-eE x";
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
            }
            String n = b.toString();
            boolean expected = pattern.matcher(n).matches();
            assertEquals(expected, MeasurementFile.decimal(n), n);
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 1000 && accepted < 49_000, "both kinds were tried: " + accepted);
    }
}
