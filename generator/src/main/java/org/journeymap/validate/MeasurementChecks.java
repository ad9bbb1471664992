package org.journeymap.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.finding.Suggestions;
import org.journeymap.load.Text;
import org.journeymap.measure.Series;
import org.journeymap.model.Measurement;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.Numbers;
import org.journeymap.model.Position;
import org.journeymap.model.Ref;
import org.journeymap.model.Site;

/**
 * The checks of measurement rows against the project (format v1, section 9): the journey, its
 * step or stage, the metric and the persona exist (with a suggestion when one is misspelt); the
 * value is in the metric's range; no value is given twice; no step's metric is given both in
 * the journey's YAML and in a measurement file; and no series has gone stale. Staleness is
 * measured against the newest date of all measurements in the project, never against the clock,
 * so the same sources always give the same findings.
 */
final class MeasurementChecks {

    /** The rows of one series that passed the checks so far, and the first row of each day. */
    private static final class Group {
        private final List<Measurement> rows = new ArrayList<>();
        private final Map<LocalDate, Measurement> days = new HashMap<>();
    }

    private MeasurementChecks() {
    }

    /**
     * Findings for the measurements that fail a check; staleness is judged among the others. Returns
     * the steps that the rows without a finding measure, each as {@link #stepKey}.
     */
    static Set<String> check(List<Measurement> measurements, List<JourneyFacts> facts, Site site,
                                   Set<String> personaIds, Path root, Findings findings) {
        Map<String, JourneyFacts> journeys = new LinkedHashMap<>();
        facts.forEach(f -> journeys.putIfAbsent(f.id(), f));
        Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
        site.metrics().forEach(m -> metrics.putIfAbsent(m.id(), m));
        // one lookup per row: a large export has hundreds of thousands, in a few thousand series
        Map<Measurement.SeriesKey, Group> groups = new LinkedHashMap<>();
        Set<String> givenTwice = new HashSet<>();
        for (Measurement m : measurements) {
            JourneyFacts j = journeys.get(m.journey());
            if (j == null) {
                findings.add(Rule.UNKNOWN_JOURNEY, m.cell("journey"), "there is no journey '"
                        + Text.forMessage(m.journey()) + "'" + Suggestions.hint(m.journey(), journeys.keySet()));
                continue;
            }
            if (m.step() != null && !j.stepMetrics().containsKey(m.step())) {
                findings.add(Rule.UNKNOWN_STEP, m.cell("step"), "the journey '" + j.id() + "' has no step '"
                        + Text.forMessage(m.step()) + "'" + Suggestions.hint(m.step(), j.stepMetrics().keySet()));
                continue;
            }
            if (m.stage() != null && !j.stageIds().contains(m.stage())) {
                findings.add(Rule.UNKNOWN_STAGE, m.cell("stage"), "the journey '" + j.id() + "' has no stage '"
                        + Text.forMessage(m.stage()) + "'" + Suggestions.hint(m.stage(), j.stageIds()));
                continue;
            }
            MetricDefinition metric = metrics.get(m.metric());
            if (metric == null) {
                findings.add(Rule.UNKNOWN_METRIC, m.cell("metric"), "unknown metric '" + Text.forMessage(m.metric())
                        + "'" + Suggestions.hint(m.metric(), metrics.keySet())
                        + "; a custom metric is declared under metrics: in site.yaml");
                continue;
            }
            if (m.persona() != null && j.personas().stream().noneMatch(r -> r.id().equals(m.persona()))) {
                List<String> ofJourney = j.personas().stream().map(Ref::id).toList();
                findings.add(Rule.UNKNOWN_PERSONA, m.cell("persona"), (personaIds.contains(m.persona())
                        ? "the persona '" + m.persona() + "' is not in the journey '" + j.id() + "'"
                        : "there is no persona '" + Text.forMessage(m.persona()) + "'")
                        + Suggestions.hint(m.persona(), ofJourney) + "; leave it empty for a value of all customers");
                continue;
            }
            if (!metric.inRange(m.value())) {
                findings.add(Rule.METRIC_OUT_OF_RANGE, m.cell("value"), m.metric() + " " + Numbers.format(m.value())
                        + " is outside its range " + metric.rangeText() + "; write a value in range"
                        + (metric.percent() ? " (conversion is a fraction: write 0.034 or 3.4%)" : ""));
                continue;
            }
            Group group = groups.computeIfAbsent(m.series(), k -> new Group());
            Measurement first = group.days.putIfAbsent(m.day(), m);
            if (first != null) {
                findings.add(Rule.DUPLICATE_MEASUREMENT, m.at(), "this value repeats the " + m.metric() + " of "
                        + (m.step() != null ? "step '" + m.step() : "stage '" + m.stage()) + "' on " + m.date()
                        + (m.persona() == null ? "" : " for " + m.persona()) + " given at " + where(first.at(), root)
                        + "; keep one of the two rows");
                continue;
            }
            if (m.step() != null) {
                Position yaml = j.stepMetrics().get(m.step()).get(m.metric());
                if (yaml != null) {
                    if (givenTwice.add(stepKey(m.journey(), m.step()) + "\u0000" + m.metric())) {
                        findings.add(Rule.METRIC_GIVEN_TWICE, m.cell("metric"), m.metric() + " of step '" + m.step()
                                + "' is given in " + where(yaml, root) + " as well; keep it in one place: delete it from"
                                + " the journey's metrics: to take it from the measurements");
                    }
                    continue;
                }
            }
            group.rows.add(m);
        }
        List<Series> series = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        for (Group g : groups.values()) {
            if (!g.rows.isEmpty()) {
                Measurement first = g.rows.get(0);
                series.add(new Series(first.journey(), first.step(), first.stage(), first.metric(), first.persona(),
                        g.rows.stream().sorted(java.util.Comparator.comparing(Measurement::day)).toList()));
                if (first.step() != null) {
                    measured.add(stepKey(first.journey(), first.step()));
                }
            }
        }
        stale(series, site, findings);
        return measured;
    }

    /** A step of a journey, as one text. */
    static String stepKey(String journey, String step) {
        return journey + "\u0000" + step;
    }

    /** measurement-stale: each series whose newest value is too much older than the newest of all. */
    private static void stale(List<Series> series, Site site, Findings findings) {
        Optional<LocalDate> newest = series.stream().map(s -> s.latest().day()).max(LocalDate::compareTo);
        if (newest.isEmpty()) {
            return;
        }
        for (Series s : series) {
            if (s.staleAgainst(newest.get(), site.staleAfterDays())) {
                Measurement m = s.latest();
                findings.add(Rule.MEASUREMENT_STALE, m.cell("date"), "the newest " + m.metric() + " of "
                        + (m.step() != null ? "step '" + m.step() : "stage '" + m.stage()) + "' in '"
                        + m.journey() + "'" + (m.persona() == null ? "" : " for " + m.persona()) + " is from "
                        + m.date() + ", " + s.daysBehind(newest.get()) + " days before the project's newest"
                        + " measurement (" + newest.get() + "); add a newer value, or set measurements:"
                        + " staleAfterDays: in site.yaml (now " + site.staleAfterDays() + ")");
            }
        }
    }

    private static String where(Position p, Path root) {
        Path file = p.file().toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        String name = (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
        return name + ":" + p.line() + ":" + p.column();
    }
}
