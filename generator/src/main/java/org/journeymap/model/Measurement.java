package org.journeymap.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One value of a measurement file (format v1, section 9): a metric of a journey's step (or of a
 * stage, when step is null) on a date, for one persona or for all (persona null). date is as
 * written (YYYY-MM or YYYY-MM-DD), checked when the file was read. source and note are null when
 * empty. positions holds the position of each column's cell, by column name.
 */
public record Measurement(String journey, String step, String stage, String metric, double value, String date,
                          String persona, String source, String note, Position at, Map<String, Position> positions) {

    public Measurement {
        positions = Map.copyOf(positions);
    }

    /** The first day of the date: the day itself, or the first of the month. */
    public LocalDate day() {
        return date.length() == 7 ? YearMonth.parse(date).atDay(1) : LocalDate.parse(date);
    }

    /** Where a column's cell is, or the row's start when the column is absent. */
    public Position cell(String column) {
        return positions.getOrDefault(column, at);
    }

    /** The series this value belongs to: journey, step or stage, metric and persona. */
    public String series() {
        return journey + "\u0000" + (step != null ? "step " + step : "stage " + stage) + "\u0000" + metric + "\u0000"
                + (persona == null ? "" : persona);
    }
}
