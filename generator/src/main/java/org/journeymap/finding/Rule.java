package org.journeymap.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.journeymap.model.Severity;

/**
 * Every check journeymap makes. Structural rules are always errors; the others take their
 * severity from site.yaml's rules: map, falling back to the default here.
 */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", "The file is not well-formed YAML."),
    YAML_MULTIPLE_DOCUMENTS("yaml-multiple-documents", "A file holds more than one YAML document."),
    YAML_ANCHOR("yaml-anchor", "Anchors (&name) and aliases (*name) are not allowed."),
    YAML_MERGE_KEY("yaml-merge-key", "Merge keys (<<) are not allowed."),
    YAML_TAG("yaml-tag", "Explicit tags (!foo, !!str) are not allowed."),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", "A mapping has the same key twice."),
    YAML_TOO_DEEP("yaml-too-deep", "Lists and mappings are nested deeper than the limit."),
    FILE_TOO_LARGE("file-too-large", "A file is larger than the limit."),
    TOO_MANY_FILES("too-many-files", "The source folder holds more YAML files than the limit."),
    INVALID_ENCODING("invalid-encoding", "A file is not valid UTF-8."),
    CONTROL_CHARACTER("control-character",
            "Control characters, lone surrogates and bidirectional overrides are not allowed."),
    UNEXPECTED_FILE("unexpected-file", "A file that journeymap does not read sits where it reads files."),
    INVALID_FILE_NAME("invalid-file-name", "A persona or journey file name is not a valid id."),
    UNKNOWN_KEY("unknown-key", "A key that the format does not define."),
    MISSING_KEY("missing-key", "A required key is missing or empty."),
    CONFLICTING_KEYS("conflicting-keys", "Two keys that exclude each other are both written."),
    WRONG_TYPE("wrong-type", "A value of the wrong kind: text, number, list or mapping."),
    INVALID_NUMBER("invalid-number", "A number that is not finite or not whole where it must be."),
    INVALID_VALUE("invalid-value", "A value that is not one of the allowed words."),
    INVALID_ID("invalid-id", "An id that does not match ^[a-z0-9]+(-[a-z0-9]+)*$ or is too long."),
    ID_REQUIRED("id-required", "A stage or step name that gives no id by itself."),
    DUPLICATE_ID("duplicate-id", "Two things of the same kind have the same id."),
    DUPLICATE_VALUE("duplicate-value", "A list names the same thing twice."),
    INVALID_URL("invalid-url", "A URL with a scheme other than http, https or mailto."),
    INVALID_ASSET("invalid-asset", "An image path that is missing, outside the source folder or not an image."),
    UNKNOWN_PERSONA("unknown-persona", "A persona id that no persona file defines."),
    UNKNOWN_TOUCHPOINT("unknown-touchpoint", "A touchpoint id that touchpoints.yaml does not define."),
    UNKNOWN_JOURNEY("unknown-journey", "A journey id that no journey file defines."),
    UNKNOWN_METRIC("unknown-metric", "A metric id that is neither built in nor declared in site.yaml."),
    UNKNOWN_RULE("unknown-rule", "A rule id in site.yaml that journeymap does not know."),
    INVALID_BASELINE("invalid-baseline", "A baseline that is not a current-state journey, or on a current one."),
    SELF_REFERENCE("self-reference", "A journey that names itself as related."),
    INVALID_SCALE("invalid-scale", "An emotion scale whose range or labels do not fit together."),
    EMOTION_OUT_OF_SCALE("emotion-out-of-scale", "An emotion outside the site's emotion scale."),
    METRIC_OUT_OF_RANGE("metric-out-of-range", "A metric value or target outside the metric's range."),
    CSV_SYNTAX("csv-syntax", "A measurement file that is not well-formed CSV."),
    UNKNOWN_COLUMN("unknown-column", "A column of a measurement file that the format does not define."),
    MISSING_COLUMN("missing-column", "A measurement file without a column it needs."),
    INVALID_DATE("invalid-date", "A date that is not a real day (YYYY-MM-DD) or month (YYYY-MM)."),
    UNKNOWN_STEP("unknown-step", "A step id that the journey does not have."),
    UNKNOWN_STAGE("unknown-stage", "A stage id that the journey does not have."),
    DUPLICATE_MEASUREMENT("duplicate-measurement",
            "The same journey, step, metric, persona and date is measured twice."),
    METRIC_GIVEN_TWICE("metric-given-twice",
            "A step's metric given both in the journey's metrics: and in a measurement file."),

    STEP_WITHOUT_EMOTION("step-without-emotion", Severity.WARNING,
            "A step has no emotion (for a persona), which leaves a gap in the curve."),
    PERSONA_UNUSED("persona-unused", Severity.WARNING, "A persona that no journey names."),
    TOUCHPOINT_UNUSED("touchpoint-unused", Severity.WARNING,
            "A touchpoint that no step and no persona names."),
    FUNNEL_GROWS("funnel-grows", Severity.WARNING, "A stage reaches more customers than the stage before it."),
    MOMENT_OF_TRUTH_WITHOUT_METRIC("moment-of-truth-without-metric", Severity.OFF,
            "A moment of truth that measures nothing."),
    PAIN_POINT_WITHOUT_EVIDENCE("pain-point-without-evidence", Severity.OFF,
            "A pain point with no evidence behind it."),
    FUTURE_WITHOUT_BASELINE("future-without-baseline", Severity.OFF,
            "A future-state journey that names no current journey as its baseline."),
    MEASUREMENT_STALE("measurement-stale", Severity.WARNING,
            "A measured series whose newest value is much older than the project's newest measurement.");

    private final String id;
    private final Severity defaultSeverity;
    private final boolean configurable;
    private final String summary;

    Rule(String id, String summary) {
        this.id = id;
        this.defaultSeverity = Severity.ERROR;
        this.configurable = false;
        this.summary = summary;
    }

    Rule(String id, Severity defaultSeverity, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.configurable = true;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether site.yaml's rules: may change the severity. Structural rules are always errors. */
    public boolean configurable() {
        return configurable;
    }

    public String summary() {
        return summary;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static List<String> configurableIds() {
        return Arrays.stream(values()).filter(Rule::configurable).map(Rule::id).toList();
    }
}
