package org.journeymap.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private MeasurementChecks() {
    }

    /**
     * Findings for the measurements that fail a check; staleness is judged among the others. Returns
     * the steps that the rows without a finding measure, each as {@link #stepKey}. The rows are
     * checked series by series (the grouping the site uses too, made once): a series' journey, step
     * or stage, metric and persona are looked up once for all its rows, and its rows are in date
     * order, so a value given twice for a day is next to the first.
     */
    static Set<String> check(List<Measurement> measurements, List<JourneyFacts> facts, Site site,
                             Set<String> personaIds, Path root, Findings findings) {
        Map<String, JourneyFacts> journeys = new LinkedHashMap<>();
        facts.forEach(f -> journeys.putIfAbsent(f.id(), f));
        Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
        site.metrics().forEach(m -> metrics.putIfAbsent(m.id(), m));
        List<Series> kept = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        for (List<Series> ofJourney : Series.of(measurements).values()) {
            for (Series s : ofJourney) {
                JourneyFacts j = journeys.get(s.journey());
                MetricDefinition metric = metrics.get(s.metric());
                if (!known(s, j, metric, journeys, metrics, personaIds, findings)) {
                    continue;
                }
                List<Measurement> rows = new ArrayList<>(s.values().size());
                Measurement firstOfDay = null;
                for (Measurement m : s.values()) {
                    if (!metric.inRange(m.value())) {
                        findings.add(Rule.METRIC_OUT_OF_RANGE, m.cell("value"), m.metric() + " "
                                + Numbers.format(m.value()) + " is outside its range " + metric.rangeText()
                                + "; write a value in range"
                                + (metric.percent() ? " (conversion is a fraction: write 0.034 or 3.4%)" : ""));
                    } else if (firstOfDay != null && firstOfDay.day().equals(m.day())) {
                        findings.add(Rule.DUPLICATE_MEASUREMENT, m.at(), "this value repeats the " + m.metric()
                                + " of " + (m.step() != null ? "step '" + m.step() : "stage '" + m.stage()) + "' on "
                                + m.date() + (m.persona() == null ? "" : " for " + m.persona()) + " given at "
                                + where(firstOfDay.at(), root) + "; keep one of the two rows");
                    } else {
                        firstOfDay = m;
                        rows.add(m);
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                if (s.step() != null) {
                    Position yaml = j.stepMetrics().get(s.step()).get(s.metric());
                    if (yaml != null) {
                        Measurement first = rows.stream().min(WRITTEN).orElseThrow();
                        findings.add(Rule.METRIC_GIVEN_TWICE, first.cell("metric"), s.metric() + " of step '"
                                + s.step() + "' is given in " + where(yaml, root) + " as well; keep it in one place:"
                                + " delete it from the journey's metrics: to take it from the measurements");
                        continue;
                    }
                    measured.add(stepKey(s.journey(), s.step()));
                }
                kept.add(rows.size() == s.values().size() ? s
                        : new Series(s.journey(), s.step(), s.stage(), s.metric(), s.persona(), rows));
            }
        }
        stale(kept, site, findings);
        return measured;
    }

    /** Rows in the order they are written: by file (as the source folder lists them), then line. */
    private static final java.util.Comparator<Measurement> WRITTEN = java.util.Comparator
            .<Measurement, String>comparing(m -> m.at().file().toString())
            .thenComparingInt(m -> m.at().line());

    /**
     * Whether the journey, its step or stage, the metric and the persona of a series exist; when
     * one does not, a finding at each of its rows.
     */
    private static boolean known(Series s, JourneyFacts j, MetricDefinition metric,
                                 Map<String, JourneyFacts> journeys, Map<String, MetricDefinition> metrics,
                                 Set<String> personaIds, Findings findings) {
        Rule rule;
        String column;
        String message;
        if (j == null) {
            rule = Rule.UNKNOWN_JOURNEY;
            column = "journey";
            message = "there is no journey '" + Text.forMessage(s.journey()) + "'"
                    + Suggestions.hint(s.journey(), journeys.keySet());
        } else if (s.step() != null && !j.stepMetrics().containsKey(s.step())) {
            rule = Rule.UNKNOWN_STEP;
            column = "step";
            message = "the journey '" + j.id() + "' has no step '" + Text.forMessage(s.step()) + "'"
                    + Suggestions.hint(s.step(), j.stepMetrics().keySet());
        } else if (s.stage() != null && !j.stageIds().contains(s.stage())) {
            rule = Rule.UNKNOWN_STAGE;
            column = "stage";
            message = "the journey '" + j.id() + "' has no stage '" + Text.forMessage(s.stage()) + "'"
                    + Suggestions.hint(s.stage(), j.stageIds());
        } else if (metric == null) {
            rule = Rule.UNKNOWN_METRIC;
            column = "metric";
            message = "unknown metric '" + Text.forMessage(s.metric()) + "'" + Suggestions.hint(s.metric(),
                    metrics.keySet()) + "; a custom metric is declared under metrics: in site.yaml";
        } else if (s.persona() != null && j.personas().stream().noneMatch(r -> r.id().equals(s.persona()))) {
            List<String> ofJourney = j.personas().stream().map(Ref::id).toList();
            rule = Rule.UNKNOWN_PERSONA;
            column = "persona";
            message = (personaIds.contains(s.persona())
                    ? "the persona '" + s.persona() + "' is not in the journey '" + j.id() + "'"
                    : "there is no persona '" + Text.forMessage(s.persona()) + "'")
                    + Suggestions.hint(s.persona(), ofJourney) + "; leave it empty for a value of all customers";
        } else {
            return true;
        }
        for (Measurement m : s.values()) {
            findings.add(rule, m.cell(column), message);
        }
        return false;
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
        return org.journeymap.load.SourceFolder.relativeName(root, p.file()) + ":" + p.line() + ":" + p.column();
    }
}
