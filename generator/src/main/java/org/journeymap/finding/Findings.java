package org.journeymap.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeymap.model.Position;
import org.journeymap.model.Severity;

/**
 * Collects findings from every stage of a run. Severities are settled once at the end, when
 * site.yaml's rules: are known.
 */
public final class Findings {

    private final List<Finding> raw = new ArrayList<>();

    public synchronized void add(Rule rule, Position at, String message) {
        raw.add(new Finding(rule, rule.defaultSeverity(), at, message));
    }

    public synchronized void addAll(Findings other) {
        raw.addAll(other.raw);
    }

    /** The findings as they were added, before site.yaml's severities are applied. */
    public synchronized List<Finding> raw() {
        return List.copyOf(raw);
    }

    /** Whether nothing has been found. */
    public synchronized boolean isEmpty() {
        return raw.isEmpty();
    }

    public synchronized boolean hasStructuralError() {
        return raw.stream().anyMatch(f -> !f.rule().configurable());
    }

    /** The findings with site.yaml's severities applied, rules turned off removed, sorted. */
    public synchronized List<Finding> settle(Map<String, Severity> overrides) {
        return raw.stream()
                .map(f -> {
                    Severity s = f.rule().configurable()
                            ? overrides.getOrDefault(f.rule().id(), f.rule().defaultSeverity())
                            : Severity.ERROR;
                    return new Finding(f.rule(), s, f.at(), f.message());
                })
                .filter(f -> f.severity() != Severity.OFF)
                .sorted(Finding.ORDER)
                .distinct()
                .toList();
    }
}
