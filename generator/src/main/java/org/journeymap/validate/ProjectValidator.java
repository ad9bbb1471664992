package org.journeymap.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.model.Severity;
import org.journeymap.finding.Suggestions;
import org.journeymap.format.ImagePath;
import org.journeymap.format.LinkPolicy;
import org.journeymap.load.Text;
import org.journeymap.model.Emotion;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.MetricValue;
import org.journeymap.model.Numbers;
import org.journeymap.model.Persona;
import org.journeymap.model.Position;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;
import org.journeymap.model.Touchpoint;

/**
 * The rules beyond a single value: references between files, scales, funnels, usage. Each
 * journey is checked in two parts: what its own file, site.yaml and the images can tell ({@link
 * #checkJourney}, whose result a cache may keep while those are unchanged), and the references it
 * makes to other files, checked against the ids of the whole project ({@link JourneyFacts}).
 */
public final class ProjectValidator {

    private final Project project;
    private final Findings findings;
    private final Map<String, Persona> personas;
    /** Each journey's id, state and baseline, the first of each id as the project lists them. */
    private final Map<String, JourneyFacts> journeys;
    private final Map<String, Touchpoint> touchpoints;
    private final Set<String> usedTouchpoints = new HashSet<>();
    private final Set<String> usedPersonas = new HashSet<>();
    private final Map<String, MetricDefinition> metricDefinitions;

    /** A validator of one journey's own file: it looks nothing up in other files. */
    private ProjectValidator(Project project, Findings findings) {
        this.project = project;
        this.findings = findings;
        this.personas = Map.of();
        this.journeys = Map.of();
        this.touchpoints = Map.of();
        this.metricDefinitions = index(project.site().metrics(), MetricDefinition::id);
    }

    /** A validator of a project's cross-file references, given the facts of each of its journeys. */
    private ProjectValidator(Project project, Findings findings, List<JourneyFacts> facts) {
        this.project = project;
        this.findings = findings;
        this.personas = index(project.personas(), Persona::id);
        this.journeys = index(facts, JourneyFacts::id);
        this.touchpoints = index(project.touchpoints(), Touchpoint::id);
        this.metricDefinitions = index(project.site().metrics(), MetricDefinition::id);
    }

    public static void validate(Project project, Findings findings) {
        validate(project, findings, null);
    }

    /**
     * The same, taking what each journey's own file told from checks when it was checked before
     * (null: none) and keeping it there.
     */
    public static void validate(Project project, Findings findings, JourneyChecks checks) {
        if (checks != null) {
            checks.begin(project.site());
        }
        // the journeys checked before are looked up here; only the others are checked, on all cores
        List<JourneyChecks.Checked> checked = new ArrayList<>(project.journeys().size());
        List<Journey> fresh = new ArrayList<>();
        for (Journey j : project.journeys()) {
            JourneyChecks.Checked c = checks == null ? null : checks.get(j);
            checked.add(c);
            if (c == null) {
                fresh.add(j);
            }
        }
        java.util.Iterator<JourneyChecks.Checked> done = org.journeymap.parallel.Parallel.map(fresh, j -> {
            JourneyChecks.Checked c = checkJourney(project, j);
            if (checks != null) {
                checks.put(j, c);
            }
            return c;
        }).iterator();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i) == null) {
                checked.set(i, done.next());
            }
        }
        if (checks != null) {
            checks.retain(project.journeys());
        }
        checked.forEach(c -> findings.addAll(c.findings()));
        validate(project, checked.stream().map(JourneyChecks.Checked::facts).toList(), findings);
    }

    /**
     * The rest of the project's checks, given the facts of every journey (as {@link #checkJourney}
     * found them, in the project's order of journeys) instead of the journeys: the project's
     * journeys may be empty here, when the journeys were checked before and not bound again.
     */
    public static void validate(Project project, List<JourneyFacts> facts, Findings findings) {
        new ProjectValidator(project, findings, facts).run(facts);
    }

    /**
     * What a journey's own file, site.yaml and the images tell of it: its findings (with none of
     * the references to other files checked) and the facts the rest of the checks need. Depends on
     * nothing else of the project.
     */
    public static JourneyChecks.Checked checkJourney(Project project, Journey j) {
        Findings own = new Findings();
        JourneyFacts facts = new ProjectValidator(project, own).journey(j);
        return new JourneyChecks.Checked(own, facts);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
    }

    private void run(List<JourneyFacts> facts) {
        Map<String, Position> site = project.site().positions();
        markdown(project.site().description(), site.getOrDefault("description", project.site().at()));
        markdown(project.site().footer(), site.getOrDefault("footer", project.site().at()));
        for (Touchpoint t : project.touchpoints()) {
            markdown(t.description(), t.positions().getOrDefault("description", t.at()));
        }
        for (Persona p : project.personas()) {
            persona(p);
        }
        for (JourneyFacts f : facts) {
            references(f);
        }
        Set<String> measuredSteps = MeasurementChecks.check(project.measurements(), facts, project.site(),
                personas.keySet(), project.sourceRoot(), findings);
        if (enabled(Rule.MOMENT_OF_TRUTH_WITHOUT_METRIC)) {
            for (JourneyFacts f : facts) {
                f.unmeasuredMoments().stream().filter(m -> !measuredSteps.contains(MeasurementChecks.stepKey(f.id(),
                        m.step()))).forEach(m -> findings.add(Rule.MOMENT_OF_TRUTH_WITHOUT_METRIC, m.at(), "the step '"
                        + m.name() + "' is a moment of truth but measures nothing; add metrics such as {csat: 4.1},"
                        + " or rows for it in a file under measurements/"));
            }
        }
        for (Persona p : project.personas()) {
            if (!usedPersonas.contains(p.id())) {
                findings.add(Rule.PERSONA_UNUSED, p.at(), "no journey names the persona '" + p.id()
                        + "'; name it in a journey's persona or personas, or delete the file");
            }
        }
        for (Touchpoint t : project.touchpoints()) {
            if (!usedTouchpoints.contains(t.id())) {
                findings.add(Rule.TOUCHPOINT_UNUSED, t.at(), "no step and no persona names the touchpoint '" + t.id()
                        + "'; name it in a step's touchpoints or a persona's channels, or remove it");
            }
        }
    }

    /** The references a journey makes to personas, touchpoints and other journeys. */
    private void references(JourneyFacts f) {
        for (Ref p : f.personas()) {
            usedPersonas.add(p.id());
            if (!personas.containsKey(p.id())) {
                findings.add(Rule.UNKNOWN_PERSONA, p.at(), "there is no persona '" + Text.forMessage(p.id()) + "'"
                        + hint(p.id(), personas.keySet(), "add personas/" + p.id() + ".yaml"));
            }
        }
        Ref b = f.baseline();
        if (b != null && journeyRef(b)) {
            JourneyFacts target = journeys.get(b.id());
            if (target.state() == Journey.State.FUTURE) {
                findings.add(Rule.INVALID_BASELINE, b.at(), "the baseline '" + b.id() + "' is itself a future-state"
                        + " journey; name the current journey it redesigns"
                        + (target.baselineId() != null ? ", such as '" + target.baselineId() + "'" : ""));
            }
        }
        for (Ref r : f.related()) {
            journeyRef(r);
        }
        // a journey names a few touchpoints many times: when the catalogue has them all, nothing to report
        Set<String> ids = f.touchpointIds();
        if (project.hasTouchpointCatalogue() && touchpoints.keySet().containsAll(ids)) {
            usedTouchpoints.addAll(ids);
        } else {
            for (Ref t : f.touchpoints()) {
                touchpointRef(t);
            }
        }
    }

    private void persona(Persona p) {
        touchpointRefs(p.channels(), "channels").forEach(this::touchpointRef);
        if (p.avatar() != null) {
            asset(p.avatar(), p.avatarAt());
        }
        markdown(p.about(), p.positions().getOrDefault("about", p.at()));
    }

    /** Checks what a journey's own file tells, and returns the references left to check against the project. */
    private JourneyFacts journey(Journey j) {
        List<String> personaIds = j.personaIds(); // read for every step below
        markdown(j.scenario(), j.positions().getOrDefault("scenario", j.at()));
        Ref baseline = baseline(j);
        Set<String> seen = new HashSet<>();
        List<Ref> related = new ArrayList<>();
        for (Ref r : j.related()) {
            if (r.id().equals(j.id())) {
                findings.add(Rule.SELF_REFERENCE, r.at(), "a journey cannot be related to itself; remove '" + r.id() + "'");
            } else if (!seen.add(r.id())) {
                findings.add(Rule.DUPLICATE_VALUE, r.at(), "'" + r.id() + "' is already listed in related; remove one");
            } else {
                related.add(r);
            }
        }
        List<Ref> touchpointRefs = new ArrayList<>();
        Stage previous = null;
        for (Stage s : j.stages()) {
            if (s.reach() != null) {
                if (previous != null && s.reach() > previous.reach()) {
                    findings.add(Rule.FUNNEL_GROWS, s.reachAt(), "the stage '" + Text.forMessage(s.name()) + "' reaches "
                            + s.reach() + " customers, more than the " + previous.reach() + " of the stage before it ('"
                            + Text.forMessage(previous.name()) + "'); check the numbers, or turn the rule off for"
                            + " returning customers");
                }
                previous = s;
            }
            markdown(s.description(), s.positions().getOrDefault("description", s.at()));
            for (Step step : s.steps()) {
                markdown(step.description(), step.positions().getOrDefault("description", step.at()));
                touchpointRefs.addAll(touchpointRefs(step.touchpoints(), "touchpoints"));
                step(j, personaIds, step);
            }
        }
        List<String> stageIds = new ArrayList<>();
        Map<String, Map<String, Position>> stepMetrics = new LinkedHashMap<>();
        List<JourneyFacts.Moment> unmeasured = new ArrayList<>();
        for (Stage s : j.stages()) {
            stageIds.add(s.id());
            for (Step step : s.steps()) {
                if (step.momentOfTruth() && step.metrics().isEmpty()) {
                    unmeasured.add(new JourneyFacts.Moment(step.id(), Text.forMessage(step.name()), step.at()));
                }
                Map<String, Position> metrics = new LinkedHashMap<>();
                step.metrics().forEach(m -> metrics.putIfAbsent(m.metric(), m.at()));
                stepMetrics.putIfAbsent(step.id(), metrics);
            }
        }
        return new JourneyFacts(j.id(), j.state(), j.baseline() == null ? null : j.baseline().id(), j.personas(),
                baseline, related, touchpointRefs, stageIds, stepMetrics, unmeasured);
    }

    /** Checks what a journey tells of its own baseline; returns the baseline left to look up, or null. */
    private Ref baseline(Journey j) {
        Ref b = j.baseline();
        if (b == null) {
            if (j.state() == Journey.State.FUTURE) {
                findings.add(Rule.FUTURE_WITHOUT_BASELINE, j.at(), "the future-state journey '" + j.id()
                        + "' names no baseline; add 'baseline: <id of the current journey it redesigns>'");
            }
            return null;
        }
        if (j.state() != Journey.State.FUTURE) {
            findings.add(Rule.INVALID_BASELINE, b.at(), "only a future-state journey has a baseline; add 'state: future'"
                    + " or remove the baseline");
        } else if (b.id().equals(j.id())) {
            findings.add(Rule.INVALID_BASELINE, b.at(), "a journey cannot be its own baseline; name the current"
                    + " journey it redesigns");
        } else {
            return b;
        }
        return null;
    }

    private boolean journeyRef(Ref r) {
        if (journeys.containsKey(r.id())) {
            return true;
        }
        findings.add(Rule.UNKNOWN_JOURNEY, r.at(), "there is no journey '" + Text.forMessage(r.id()) + "'"
                + hint(r.id(), journeys.keySet(), "check the file names under journeys/"));
        return false;
    }

    private void step(Journey j, List<String> personaIds, Step step) {
        emotion(j, personaIds, step);
        metrics(step.metrics(), "metrics");
        metrics(step.targets(), "targets");
        if (!enabled(Rule.PAIN_POINT_WITHOUT_EVIDENCE)) {
            return;
        }
        step.painPoints().stream().filter(p -> p.evidence().isEmpty()).forEach(p ->
                findings.add(Rule.PAIN_POINT_WITHOUT_EVIDENCE, p.at(), "the pain point '" + Text.forMessage(p.text())
                        + "' has no evidence; write it as {text: ..., evidence: [{quote: ..., source: ...}]}"));
    }

    /**
     * Whether a finding of this rule can survive site.yaml's rules: the opt-in rules are off by
     * default, and building their messages for every step of every journey is wasted work.
     */
    private boolean enabled(Rule rule) {
        return !rule.configurable()
                || project.site().rules().getOrDefault(rule.id(), rule.defaultSeverity()) != Severity.OFF;
    }

    private void emotion(Journey j, List<String> personaIds, Step step) {
        EmotionScale scale = project.site().emotionScale();
        Emotion e = step.emotion();
        if (e != null) {
            for (Emotion.Score score : e.scores()) {
                if (e.perPersona() && !personaIds.contains(score.persona())) {
                    findings.add(Rule.UNKNOWN_PERSONA, score.at(), "'" + Text.forMessage(score.persona())
                            + "' is not a persona of this journey" + hint(score.persona(), personaIds,
                            "the journey's personas are: " + String.join(", ", personaIds)));
                }
                if (!scale.contains(score.value())) {
                    findings.add(Rule.EMOTION_OUT_OF_SCALE, score.at(), "emotion " + Numbers.format(score.value())
                            + " is outside the scale " + scale.min() + ".." + scale.max() + "; write a number from "
                            + scale.min() + " to " + scale.max());
                }
            }
        }
        boolean unusable = e != null && e.scores().isEmpty();
        for (String persona : personaIds) {
            if (!unusable && (e == null || e.of(persona).isEmpty())) {
                findings.add(Rule.STEP_WITHOUT_EMOTION, e == null ? step.at() : e.at(), "the step '"
                        + Text.forMessage(step.name()) + "' has no emotion" + (j.personas().size() > 1 ? " for '"
                        + persona + "'" : "") + ", which leaves a gap in the curve; add 'emotion:' with a number from "
                        + scale.min() + " to " + scale.max());
            }
        }
    }

    private void metrics(List<MetricValue> values, String field) {
        for (MetricValue v : values) {
            Optional<MetricDefinition> def = Optional.ofNullable(metricDefinitions.get(v.metric()));
            if (def.isEmpty()) {
                List<String> known = project.site().metrics().stream().map(MetricDefinition::id).toList();
                findings.add(Rule.UNKNOWN_METRIC, v.at(), "unknown metric '" + Text.forMessage(v.metric()) + "' in "
                        + field + hint(v.metric(), known, "declare it under metrics: in site.yaml, or use one of: "
                        + String.join(", ", known)));
            } else if (!def.get().inRange(v.value())) {
                findings.add(Rule.METRIC_OUT_OF_RANGE, v.at(), v.metric() + " " + Numbers.format(v.value())
                        + " is outside its range " + def.get().rangeText() + "; write a value in range"
                        + (def.get().percent() ? " (conversion is a fraction: 3.4% is 0.034)" : ""));
            }
        }
    }

    /** Reports the touchpoints listed twice; returns the others, to look up. */
    private List<Ref> touchpointRefs(List<Ref> refs, String field) {
        Set<String> seen = new HashSet<>();
        List<Ref> rest = new ArrayList<>(refs.size());
        for (Ref r : refs) {
            if (!seen.add(r.id())) {
                findings.add(Rule.DUPLICATE_VALUE, r.at(), "the touchpoint '" + r.id() + "' is already listed in "
                        + field + "; remove one");
            } else {
                rest.add(r);
            }
        }
        return rest;
    }

    private void touchpointRef(Ref r) {
        usedTouchpoints.add(r.id());
        if (!project.hasTouchpointCatalogue()) {
            findings.add(Rule.UNKNOWN_TOUCHPOINT, r.at(), "there is no touchpoints.yaml, so '" + Text.forMessage(r.id())
                    + "' is unknown; add touchpoints.yaml with a touchpoint of id '" + r.id() + "'");
        } else if (!touchpoints.containsKey(r.id())) {
            findings.add(Rule.UNKNOWN_TOUCHPOINT, r.at(), "there is no touchpoint '" + Text.forMessage(r.id()) + "'"
                    + hint(r.id(), touchpoints.keySet(), "add it to touchpoints.yaml"));
        }
    }

    /** Reports forbidden link targets and checks relative images in a Markdown field. */
    private void markdown(String text, Position at) {
        MarkdownCheck.check(text,
                (url, image) -> findings.add(Rule.INVALID_URL, at, image
                        ? "the Markdown image '" + Text.forMessage(url) + "' is not a file in the source folder; the site"
                        + " loads nothing from other hosts, so copy the image under assets/ and write its path"
                        : "the Markdown link '" + Text.forMessage(url) + "' is not allowed: only "
                        + String.join(", ", LinkPolicy.SCHEMES) + " and relative targets are"),
                path -> asset(path, at));
    }

    /** Checks an image path: relative, inside the source folder (links followed), an image, present. */
    private void asset(String path, Position owner) {
        if (ImagePath.resolve(project.sourceRoot(), path) instanceof ImagePath.Problem p) {
            findings.add(Rule.INVALID_ASSET, owner, "the image '" + Text.forMessage(path) + "' " + p.message());
        }
    }

    private static String hint(String id, java.util.Collection<String> known, String otherwise) {
        return Suggestions.nearest(id, known).map(s -> "; did you mean '" + s + "'?").orElse("; " + otherwise);
    }
}
