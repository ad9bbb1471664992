package org.journeymap.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One value of a measurement file (format v1, section 9): a metric of a journey's step (or of a
 * stage, when step is null) on a date, for one persona or for all (persona null). date is as
 * written (YYYY-MM or YYYY-MM-DD), checked when the file was read; day is its first day (the first
 * of the month for a month), for ordering and staleness. source and note are null when empty.
 * positions holds the position of each column's cell, by column name.
 */
public record Measurement(String journey, String step, String stage, String metric, double value, String date,
                          LocalDate day, String persona, String source, String note, Position at,
                          Map<String, Position> positions) {

    public Measurement {
        positions = positions instanceof CellPositions ? positions : Map.copyOf(positions);
    }

    /** The first day of a date as written: the day itself, or the first of the month. */
    public static LocalDate dayOf(String date) {
        return date.length() == 7 ? YearMonth.parse(date).atDay(1) : LocalDate.parse(date);
    }

    /** Where a column's cell is, or the row's start when the column is absent. */
    public Position cell(String column) {
        return positions.getOrDefault(column, at);
    }

    /** Which series a value belongs to: journey, step or stage, metric and persona (null: all customers). */
    public record SeriesKey(String journey, String step, String stage, String metric, String persona) {

        /**
         * Written out, not the record's own: every row is looked up by its key, and ids such as
         * journey-12 and step-12-3 combined the record's way (31 times the hash so far, plus the
         * next) collide so often that the table's buckets turn into trees.
         */
        @Override
        public int hashCode() {
            int h = mix(0, journey);
            h = mix(h, step);
            h = mix(h, stage);
            h = mix(h, metric);
            return mix(h, persona);
        }

        private static int mix(int h, String s) {
            int x = (h ^ (s == null ? 0 : s.hashCode())) * 0x9E3779B1;
            return x ^ (x >>> 15);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof SeriesKey k && same(journey, k.journey) && same(step, k.step)
                    && same(stage, k.stage) && same(metric, k.metric) && same(persona, k.persona);
        }

        /** Equal texts; the rows of a file share each text, so most are the same object. */
        private static boolean same(String a, String b) {
            return a == b || a != null && a.equals(b);
        }
    }

    /** The series this value belongs to. */
    public SeriesKey series() {
        return new SeriesKey(journey, step, stage, metric, persona);
    }
}
