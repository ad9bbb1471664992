package org.journeymap.measure;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.finding.Suggestions;
import org.journeymap.load.Text;
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
    private static final List<String> REQUIRED = List.of("journey", "metric", "value", "date");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private MeasurementFile() {
    }

    /** The measurements of the table; rows with a finding are left out. */
    public static List<Measurement> read(CsvTable table, Findings findings) {
        Map<String, Integer> columns = columns(table, findings);
        if (columns == null) {
            return List.of();
        }
        List<Measurement> out = new ArrayList<>();
        for (CsvTable.Row row : table.body()) {
            row(table, row, columns, findings).ifPresent(out::add);
        }
        return out;
    }

    /** Column name to index, or null when the header lacks a required column. */
    private static Map<String, Integer> columns(CsvTable table, Findings findings) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        List<CsvTable.Cell> header = table.header().cells();
        for (int i = 0; i < header.size(); i++) {
            CsvTable.Cell cell = header.get(i);
            String name = cell.text().strip();
            if (name.isEmpty() && i == header.size() - 1) {
                continue; // a separator at the end of the line, as some tools write
            }
            if (!COLUMNS.contains(name)) {
                findings.add(Rule.UNKNOWN_COLUMN, cell.at(), "unknown column '" + Text.forMessage(name) + "'"
                        + Suggestions.hint(name, COLUMNS));
                ok = false;
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                findings.add(Rule.DUPLICATE_VALUE, cell.at(), "the column '" + name + "' is named twice;"
                        + " delete one of them");
                ok = false;
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                findings.add(Rule.MISSING_COLUMN, table.header().at(), "the column '" + required + "' is missing;"
                        + " the first line names the columns, such as journey" + table.separator() + "step"
                        + table.separator() + "metric" + table.separator() + "value" + table.separator() + "date");
                ok = false;
            }
        }
        if (!columns.containsKey("step") && !columns.containsKey("stage")) {
            findings.add(Rule.MISSING_COLUMN, table.header().at(), "the column 'step' (or 'stage', for a stage's"
                    + " values) is missing");
            ok = false;
        }
        return ok ? columns : null;
    }

    private static Optional<Measurement> row(CsvTable table, CsvTable.Row row, Map<String, Integer> columns,
                                             Findings findings) {
        Map<String, String> text = new HashMap<>();
        Map<String, Position> cells = new HashMap<>();
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            if (c.getValue() < row.cells().size()) {
                CsvTable.Cell cell = row.cells().get(c.getValue());
                text.put(c.getKey(), cell.text().strip());
                cells.put(c.getKey(), cell.at());
            }
        }
        boolean ok = true;
        for (String required : REQUIRED) {
            if (text.getOrDefault(required, "").isEmpty()) {
                findings.add(Rule.MISSING_KEY, cells.getOrDefault(required, row.at()), "the row has no " + required
                        + "; every row needs a journey, a step or stage, a metric, a value and a date");
                ok = false;
            }
        }
        String step = blankToNull(text.get("step"));
        String stage = blankToNull(text.get("stage"));
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
        Double value = number(text.get("value"), table.separator());
        if (value == null) {
            findings.add(Rule.INVALID_NUMBER, cells.get("value"), "'" + Text.forMessage(text.get("value"))
                    + "' is not a number; write digits with a decimal " + (table.separator() == ';'
                    ? "comma or point, such as 3,4" : "point, such as 3.4"));
            return Optional.empty();
        }
        String date = text.get("date");
        LocalDate day = day(date);
        if (day == null) {
            findings.add(Rule.INVALID_DATE, cells.get("date"), "'" + Text.forMessage(date) + "' is not a date;"
                    + " write the day as YYYY-MM-DD (2026-10-15) or the month as YYYY-MM (2026-10)");
            return Optional.empty();
        }
        return Optional.of(new Measurement(text.get("journey"), step, stage, text.get("metric"), value, date,
                blankToNull(text.get("persona")), blankToNull(text.get("source")), blankToNull(text.get("note")),
                row.at(), cells));
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
        if (!n.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double v;
        try {
            v = new BigDecimal(n).doubleValue();
        } catch (NumberFormatException e) {
            return null; // an exponent beyond any double
        }
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
