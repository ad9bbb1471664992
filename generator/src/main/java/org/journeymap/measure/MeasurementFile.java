package org.journeymap.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.finding.Suggestions;
import org.journeymap.load.Text;
import org.journeymap.model.CellPositions;
import org.journeymap.model.Measurement;
import org.journeymap.model.Position;

/**
 * The rows of one measurement file as measurements, with what a row alone can tell wrong: the
 * header's columns (each known, none twice, the required ones present), and in each row a value
 * that is a number and a date that is a real day or month. Whether the journey, step, metric and
 * persona exist is for {@link org.journeymap.validate.MeasurementChecks}, which knows the project.
 */
public final class MeasurementFile {

    /** The columns, in the order the format lists them. */
    public static final List<String> COLUMNS = List.of("journey", "step", "stage", "metric", "value", "date",
            "persona", "source", "note");
    // each column's place in COLUMNS, so that a row is an array, not a map
    private static final int JOURNEY = 0;
    private static final int STEP = 1;
    private static final int STAGE = 2;
    private static final int METRIC = 3;
    private static final int VALUE = 4;
    private static final int DATE = 5;
    private static final int PERSONA = 6;
    private static final int SOURCE = 7;
    private static final int NOTE = 8;
    private static final int[] REQUIRED = {JOURNEY, METRIC, VALUE, DATE};
    /** The columns whose texts repeat from row to row (ids, dates, sources), kept once per file. */
    private static final boolean[] REPEATED = {true, true, true, true, false, true, true, true, false};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private MeasurementFile() {
    }

    /** The measurements of a file; rows with a finding are left out. */
    public static List<Measurement> read(Path file, Findings findings) throws IOException {
        FileRows rows = new FileRows(findings);
        CsvTable.read(file, findings, rows);
        return rows.out;
    }

    /**
     * The rows of one file as they are read. The same ids, dates and sources repeat on every row:
     * each text, and each date's day, is kept once per file; a cell that is the very text of the
     * same column in the row before (as {@link CsvTable.Row} hands it on) is taken as it was
     * taken there, without a look-up.
     */
    private static final class FileRows implements CsvTable.Rows {
        private final Findings findings;
        private final List<Measurement> out = new ArrayList<>();
        private final Map<String, String> strings = new java.util.HashMap<>();
        private final Map<String, Optional<LocalDate>> days = new java.util.HashMap<>();
        /** What the header named: each cell's column, or null when it lacks one the rows need. */
        private int[] columns;
        /** The text of each column in the row before, as read, and as kept. */
        private final String[] read = new String[COLUMNS.size()];
        private final String[] kept = new String[COLUMNS.size()];

        FileRows(Findings findings) {
            this.findings = findings;
        }

        @Override
        public void row(CsvTable.Row row, boolean header, char separator) {
            if (header) {
                columns = columns(row, separator, findings);
                return;
            }
            if (columns == null) {
                return;
            }
            // one small array each, made once: most of a large export's cost is allocation
            String[] values = new String[COLUMNS.size()];
            int[] lines = new int[COLUMNS.size()];
            int[] cols = new int[COLUMNS.size()];
            for (int c = 0, n = Math.min(columns.length, row.size()); c < n; c++) {
                int i = columns[c];
                if (i >= 0) {
                    String text = row.text(c);
                    if (text != read[i]) {
                        String v = stripped(text);
                        read[i] = text;
                        kept[i] = REPEATED[i] ? strings.computeIfAbsent(v, k -> k) : v;
                    }
                    values[i] = kept[i];
                    lines[i] = row.line(c);
                    cols[i] = row.column(c);
                }
            }
            Measurement m = measurement(row, separator, values, new CellPositions(row.file(), COLUMNS, lines, cols),
                    days, findings);
            if (m != null) {
                out.add(m);
            }
        }
    }

    /** The text without white space around it; most cells have none, and are their own text. */
    private static String stripped(String s) {
        int n = s.length();
        return n > 0 && s.charAt(0) > ' ' && s.charAt(0) < '\u007F' && s.charAt(n - 1) > ' '
                && s.charAt(n - 1) < '\u007F' ? s : s.strip();
    }

    /**
     * For each column of the file, its place in {@link #COLUMNS}; null when the header lacks a
     * required column.
     */
    private static int[] columns(CsvTable.Row headerRow, char separator, Findings findings) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < headerRow.size(); i++) {
            String name = headerRow.text(i).strip();
            if (name.isEmpty() && i == headerRow.size() - 1) {
                continue; // a separator at the end of the line, as some tools write
            }
            if (!COLUMNS.contains(name)) {
                findings.add(Rule.UNKNOWN_COLUMN, headerRow.at(i), "unknown column '" + Text.forMessage(name) + "'"
                        + Suggestions.hint(name, COLUMNS));
                ok = false;
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                findings.add(Rule.DUPLICATE_VALUE, headerRow.at(i), "the column '" + name + "' is named twice;"
                        + " delete one of them");
                ok = false;
            }
        }
        for (int r : REQUIRED) {
            String required = COLUMNS.get(r);
            if (!columns.containsKey(required)) {
                findings.add(Rule.MISSING_COLUMN, headerRow.at(), "the column '" + required + "' is missing;"
                        + " the first line names the columns, such as journey" + separator + "step"
                        + separator + "metric" + separator + "value" + separator + "date");
                ok = false;
            }
        }
        if (!columns.containsKey("step") && !columns.containsKey("stage")) {
            findings.add(Rule.MISSING_COLUMN, headerRow.at(), "the column 'step' (or 'stage', for a stage's"
                    + " values) is missing");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        int[] slots = new int[headerRow.size()];
        java.util.Arrays.fill(slots, -1);
        columns.forEach((name, i) -> slots[i] = COLUMNS.indexOf(name));
        return slots;
    }

    /** The measurement of a row's values (by column), or null with a finding. */
    private static Measurement measurement(CsvTable.Row row, char separator, String[] values,
                                           Map<String, Position> cells, Map<String, Optional<LocalDate>> days,
                                           Findings findings) {
        boolean ok = true;
        for (int required : REQUIRED) {
            if (values[required] == null || values[required].isEmpty()) {
                String name = COLUMNS.get(required);
                findings.add(Rule.MISSING_KEY, cells.getOrDefault(name, row.at()), "the row has no " + name
                        + "; every row needs a journey, a step or stage, a metric, a value and a date");
                ok = false;
            }
        }
        String step = blankToNull(values[STEP]);
        String stage = blankToNull(values[STAGE]);
        if (step != null && stage != null) {
            findings.add(Rule.CONFLICTING_KEYS, cells.get("stage"), "the row names both a step and a stage; a value"
                    + " belongs to one of them: leave the other empty");
            ok = false;
        } else if (step == null && stage == null) {
            findings.add(Rule.MISSING_KEY, cells.getOrDefault("step", cells.getOrDefault("stage", row.at())),
                    "the row names no step (or stage); write the id of the step the value was measured at");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Double value = number(values[VALUE], separator);
        if (value == null) {
            findings.add(Rule.INVALID_NUMBER, cells.get("value"), "'" + Text.forMessage(values[VALUE])
                    + "' is not a number; write digits with a decimal " + (separator == ';'
                    ? "comma or point, such as 3,4" : "point, such as 3.4"));
            return null;
        }
        String date = values[DATE];
        LocalDate day = days.computeIfAbsent(date, d -> Optional.ofNullable(day(d))).orElse(null);
        if (day == null) {
            findings.add(Rule.INVALID_DATE, cells.get("date"), "'" + Text.forMessage(date) + "' is not a date;"
                    + " write the day as YYYY-MM-DD (2026-10-15) or the month as YYYY-MM (2026-10)");
            return null;
        }
        return new Measurement(values[JOURNEY], step, stage, values[METRIC], value, date, day,
                blankToNull(values[PERSONA]), blankToNull(values[SOURCE]), blankToNull(values[NOTE]), row.at(),
                cells);
    }

    /**
     * A number as spreadsheets write it: with a semicolon separator a decimal comma is a point and
     * spaces group thousands ("1 234,5"); a percentage ("3.4%") is the fraction (0.034). Null when
     * it is no number.
     */
    static Double number(String s, char separator) {
        String n = stripped(s);
        if (separator == ';') {
            n = n.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        }
        boolean percent = n.endsWith("%");
        if (percent) {
            n = n.substring(0, n.length() - 1).strip();
        }
        if (!decimal(n)) {
            return null;
        }
        // correctly rounded, as BigDecimal would be; an exponent beyond any double is infinite
        double v = Double.parseDouble(n);
        if (!Double.isFinite(v)) {
            return null;
        }
        return percent ? v / 100 : v;
    }

    /**
     * Whether n is a decimal number, {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}: what
     * Double.parseDouble reads, without its hexadecimal form, NaN, Infinity and type letters.
     * Scanned, not matched: a regular expression took a tenth of the time to read a large export.
     */
    static boolean decimal(String n) {
        int len = n.length();
        int i = n.startsWith("+") || n.startsWith("-") ? 1 : 0;
        int digits = 0;
        for (; i < len && isDigit(n.charAt(i)); i++) {
            digits++;
        }
        if (i < len && n.charAt(i) == '.') {
            for (i++; i < len && isDigit(n.charAt(i)); i++) {
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < len && (n.charAt(i) == 'e' || n.charAt(i) == 'E')) {
            i++;
            if (i < len && (n.charAt(i) == '+' || n.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < len && isDigit(n.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == len;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first day of a YYYY-MM-DD day or a YYYY-MM month; null when it is neither. */
    static LocalDate day(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s, DAY);
            }
            if (s.length() == 7) {
                return YearMonth.parse(s, MONTH).atDay(1);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
