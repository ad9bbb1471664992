package org.journeymap.finding;

import java.util.Comparator;
import org.journeymap.model.Position;
import org.journeymap.model.Severity;

/** One problem found in the source: which rule, how bad, where, and what to write instead. */
public record Finding(Rule rule, Severity severity, Position at, String message) {

    /** By file, line and column, then by rule, so output is stable from run to run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::at)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
