package org.journeymap.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.model.Measurement;
import org.journeymap.model.Project;

/**
 * The values of one metric at one step or stage of a journey, for one persona or for all
 * (persona null), in date order: what the map shows as the latest value and a trend.
 */
public record Series(String journey, String step, String stage, String metric, String persona,
                     List<Measurement> values) {

    public Series {
        values = List.copyOf(values);
    }

    public Measurement latest() {
        return values.get(values.size() - 1);
    }

    /** How many days the newest value is older than newest, the project's newest date. */
    public long daysBehind(LocalDate newest) {
        return ChronoUnit.DAYS.between(latest().day(), newest);
    }

    /**
     * Whether the series is stale (format v1, section 9): its newest value is more than days older
     * than newest, the project's newest date. The map's "last measured" and measurement-stale
     * both ask this.
     */
    public boolean staleAgainst(LocalDate newest, int days) {
        return daysBehind(newest) > days;
    }

    /** Every series of the project, by journey, then in the order their first rows were written. */
    public static Map<String, List<Series>> of(Project project) {
        return of(project.measurements());
    }

    /**
     * The rows last grouped, and their series: a build asks for the same rows' series more than
     * once (the checks, the measured project, the pages). The series are held softly, so that a
     * long-running process (the preview, a Maven build of many modules) gives them up when it
     * needs the memory, and the rows are known by identity only.
     */
    private record Grouped(java.lang.ref.WeakReference<List<Measurement>> rows,
                           java.lang.ref.SoftReference<Map<String, List<Series>>> series) {
    }

    private static volatile Grouped last;

    /**
     * Every series of these rows, by journey, then in the order their first rows were written.
     * A project's rows are an immutable list that the project measured for the site shares
     * ({@link Measured}), so the series of the same list are grouped once while they are in use;
     * a list that may change is grouped every time.
     */
    public static Map<String, List<Series>> of(List<Measurement> measurements) {
        if (List.copyOf(measurements) != measurements) {
            return group(measurements); // not an immutable list (copyOf returns those as they are)
        }
        Grouped g = last;
        if (g != null && g.rows().get() == measurements) {
            Map<String, List<Series>> kept = g.series().get();
            if (kept != null) {
                return kept;
            }
        }
        Map<String, List<Series>> series = group(measurements);
        last = new Grouped(new java.lang.ref.WeakReference<>(measurements),
                new java.lang.ref.SoftReference<>(series));
        return series;
    }

    private static Map<String, List<Series>> group(List<Measurement> measurements) {
        Map<Measurement.SeriesKey, List<Measurement>> bySeries = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            bySeries.computeIfAbsent(m.series(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<Series>> byJourney = new LinkedHashMap<>();
        for (List<Measurement> rows : bySeries.values()) {
            List<Measurement> sorted = rows.stream().sorted(Comparator.comparing(Measurement::day)).toList();
            Measurement first = sorted.get(0);
            byJourney.computeIfAbsent(first.journey(), k -> new ArrayList<>()).add(new Series(first.journey(),
                    first.step(), first.stage(), first.metric(), first.persona(), sorted));
        }
        byJourney.replaceAll((journey, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(byJourney);
    }

    /** The newest date of all measurements of the project, against which series grow stale. */
    public static Optional<LocalDate> newest(Project project) {
        return newest(project.measurements());
    }

    /** The newest date of these rows. */
    public static Optional<LocalDate> newest(List<Measurement> measurements) {
        return measurements.stream().map(Measurement::day).max(LocalDate::compareTo);
    }
}
