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
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private MeasurementFile() {
    }

    /** The measurements of a file; rows with a finding are left out. */
    public static List<Measurement> read(Path file, Findings findings) throws IOException {
        List<Measurement> out = new ArrayList<>();
        // the same ids, dates and sources repeat on every row: keep each text, and each date's day, once
        Map<String, String> strings = new java.util.HashMap<>();
        Map<String, Optional<LocalDate>> days = new java.util.HashMap<>();
        Header header = new Header();
        CsvTable.read(file, findings, (row, first, separator) -> {
            if (first) {
                header.columns = columns(row, separator, findings);
            } else if (header.columns != null) {
                row(row, separator, header.columns, strings, days, findings).ifPresent(out::add);
            }
        });
        return out;
    }

    /** The columns the header named, once read; null when it lacks one the rows need. */
    private static final class Header {
        private int[] columns;
    }

    /**
     * For each column of the file, its place in {@link #COLUMNS}; null when the header lacks a
     * required column.
     */
    private static int[] columns(CsvTable.Row headerRow, char separator, Findings findings) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        List<CsvTable.Cell> header = headerRow.cells();
        for (int i = 0; i < header.size(); i++) {
            CsvTable.Cell cell = header.get(i);
            String name = cell.text().strip();
            if (name.isEmpty() && i == header.size() - 1) {
                continue; // a separator at the end of the line, as some tools write
            }
            if (!COLUMNS.contains(name)) {
                findings.add(Rule.UNKNOWN_COLUMN, cell.at(headerRow.file()), "unknown column '" + Text.forMessage(name) + "'"
                        + Suggestions.hint(name, COLUMNS));
                ok = false;
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                findings.add(Rule.DUPLICATE_VALUE, cell.at(headerRow.file()), "the column '" + name + "' is named twice;"
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
        int[] slots = new int[header.size()];
        java.util.Arrays.fill(slots, -1);
        columns.forEach((name, i) -> slots[i] = COLUMNS.indexOf(name));
        return slots;
    }

    private static Optional<Measurement> row(CsvTable.Row row, char separator, int[] columns,
                                             Map<String, String> strings, Map<String, Optional<LocalDate>> days,
                                             Findings findings) {
        // one small array each, made once: most of a large export's cost is allocation
        String[] values = new String[COLUMNS.size()];
        int[] lines = new int[COLUMNS.size()];
        int[] cols = new int[COLUMNS.size()];
        List<CsvTable.Cell> rowCells = row.cells();
        for (int c = 0, n = Math.min(columns.length, rowCells.size()); c < n; c++) {
            int i = columns[c];
            if (i >= 0) {
                CsvTable.Cell cell = rowCells.get(c);
                String text = cell.text().strip();
                values[i] = REPEATED[i] ? strings.computeIfAbsent(text, k -> k) : text;
                lines[i] = cell.line();
                cols[i] = cell.column();
            }
        }
        Map<String, Position> cells = new CellPositions(row.file(), COLUMNS, lines, cols);
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
            return Optional.empty();
        }
        Double value = number(values[VALUE], separator);
        if (value == null) {
            findings.add(Rule.INVALID_NUMBER, cells.get("value"), "'" + Text.forMessage(values[VALUE])
                    + "' is not a number; write digits with a decimal " + (separator == ';'
                    ? "comma or point, such as 3,4" : "point, such as 3.4"));
            return Optional.empty();
        }
        String date = values[DATE];
        LocalDate day = days.computeIfAbsent(date, d -> Optional.ofNullable(day(d))).orElse(null);
        if (day == null) {
            findings.add(Rule.INVALID_DATE, cells.get("date"), "'" + Text.forMessage(date) + "' is not a date;"
                    + " write the day as YYYY-MM-DD (2026-10-15) or the month as YYYY-MM (2026-10)");
            return Optional.empty();
        }
        return Optional.of(new Measurement(values[JOURNEY], step, stage, values[METRIC], value, date, day,
                blankToNull(values[PERSONA]), blankToNull(values[SOURCE]), blankToNull(values[NOTE]), row.at(),
                cells));
    }

    /**
     * A number as spreadsheets write it: with a semicolon separator a decimal comma is a point and
     * spaces group thousands ("1 234,5"); a percentage ("3.4%") is the fraction (0.034). Null when
     * it is no number.
     */
    static Double number(String s, char separator) {
        String n = s.strip();
        if (separator == ';') {
            n = n.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        }
        boolean percent = n.endsWith("%");
        if (percent) {
            n = n.substring(0, n.length() - 1).strip();
        }
        if (!NUMBER.matcher(n).matches()) {
            return null;
        }
        // correctly rounded, as BigDecimal would be; an exponent beyond any double is infinite
        double v = Double.parseDouble(n);
        if (!Double.isFinite(v)) {
            return null;
        }
        return percent ? v / 100 : v;
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
