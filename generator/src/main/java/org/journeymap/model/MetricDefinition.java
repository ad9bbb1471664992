package org.journeymap.model;

import java.util.List;

/**
 * A metric that steps may report: one of the built-in ones or a custom one from site.yaml.
 * min and max are null when the metric has no bound on that side.
 */
public record MetricDefinition(String id, String name, String unit, Better better, Double min, Double max,
                               boolean percent, boolean builtIn, Position at) {

    public enum Better implements Word {
        HIGHER, LOWER;

    /** The word written in YAML. */
        @Override
        public String word() {
            return Word.spell(this);
        }
    }

    /** The metrics every project knows (format v1, section 6.3). */
    public static final List<MetricDefinition> BUILT_IN = List.of(
            new MetricDefinition("csat", "CSAT", "", Better.HIGHER, 1.0, 5.0, false, true, null),
            new MetricDefinition("nps", "NPS", "", Better.HIGHER, -100.0, 100.0, false, true, null),
            new MetricDefinition("ces", "CES", "", Better.LOWER, 1.0, 7.0, false, true, null),
            new MetricDefinition("conversion", "Conversion", "%", Better.HIGHER, 0.0, 1.0, true, true, null));

    public boolean inRange(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /** The range as written in messages, such as "1..5" or "0 or more". */
    public String rangeText() {
        if (min != null && max != null) {
            return Numbers.format(min) + ".." + Numbers.format(max);
        }
        if (min != null) {
            return Numbers.format(min) + " or more";
        }
        if (max != null) {
            return Numbers.format(max) + " or less";
        }
        return "any number";
    }

    /** A value as the site shows it: a fraction as a percentage (0.034 is 3.4%), else the number and its unit. */
    public String display(double v) {
        if (percent) {
            return Numbers.format(Math.round(v * 1000) / 10.0) + "%";
        }
        return Numbers.format(v) + (unit.isEmpty() ? "" : "\u00a0" + unit);
    }

    /** Whether the value meets the target, given which direction is better. */
    public boolean meets(double value, double target) {
        return better == Better.HIGHER ? value >= target : value <= target;
    }
}
