package org.journeymap.validate;

import java.util.HashMap;
import java.util.HashSet;
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

/** The rules that need the whole project: references between files, scales, funnels, usage. */
public final class ProjectValidator {

    private final Project project;
    private final Findings findings;
    private final Map<String, Persona> personas;
    private final Map<String, Journey> journeys;
    private final Map<String, Touchpoint> touchpoints;
    // journeys are checked on all cores: what they share is concurrent (Findings is synchronized)
    private final Set<String> usedTouchpoints = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> usedPersonas = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, MetricDefinition> metricDefinitions;

    private ProjectValidator(Project project, Findings findings) {
        this.project = project;
        this.findings = findings;
        this.personas = index(project.personas(), Persona::id);
        this.journeys = index(project.journeys(), Journey::id);
        this.touchpoints = index(project.touchpoints(), Touchpoint::id);
        this.metricDefinitions = index(project.site().metrics(), MetricDefinition::id);
    }

    /** A validator for one journey: the project's indexes, its own findings and used ids. */
    private ProjectValidator(ProjectValidator project, Findings findings) {
        this.project = project.project;
        this.findings = findings;
        this.personas = project.personas;
        this.journeys = project.journeys;
        this.touchpoints = project.touchpoints;
        this.metricDefinitions = project.metricDefinitions;
    }

    public static void validate(Project project, Findings findings) {
        validate(project, findings, null);
    }

    /**
     * The same, taking the findings of journeys checked before from checks (null: none) and
     * keeping the new ones there.
     */
    public static void validate(Project project, Findings findings, JourneyChecks checks) {
        new ProjectValidator(project, findings).run(checks);
    }

    /** What a journey's checks read of the rest of the project; equal contexts give equal findings. */
    private record Context(org.journeymap.model.Site site, boolean catalogue, Set<String> personas,
                           Set<String> touchpoints, Map<String, List<String>> journeys) {
    }

    private Context context() {
        Map<String, List<String>> heads = new HashMap<>();
        for (Journey j : project.journeys()) {
            heads.put(j.id(), java.util.Arrays.asList(j.state().name(), j.baseline() == null ? null : j.baseline().id()));
        }
        return new Context(project.site(), project.hasTouchpointCatalogue(), Set.copyOf(personas.keySet()),
                Set.copyOf(touchpoints.keySet()), heads);
    }

    private JourneyChecks.Checked check(Journey j) {
        ProjectValidator one = new ProjectValidator(this, new Findings());
        one.journey(j);
        return new JourneyChecks.Checked(one.findings, Set.copyOf(one.usedPersonas), Set.copyOf(one.usedTouchpoints));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
    }

    private void run(JourneyChecks checks) {
        Map<String, Position> site = project.site().positions();
        markdown(project.site().description(), site.getOrDefault("description", project.site().at()));
        markdown(project.site().footer(), site.getOrDefault("footer", project.site().at()));
        for (Touchpoint t : project.touchpoints()) {
            markdown(t.description(), t.positions().getOrDefault("description", t.at()));
        }
        for (Persona p : project.personas()) {
            persona(p);
        }
        if (checks != null) {
            checks.begin(context());
        }
        org.journeymap.parallel.Parallel.map(project.journeys(), j -> {
            JourneyChecks.Checked c = checks == null ? null : checks.get(j);
            if (c == null) {
                c = check(j);
                if (checks != null) {
                    checks.put(j, c);
                }
            }
            findings.addAll(c.findings());
            usedPersonas.addAll(c.personas());
            usedTouchpoints.addAll(c.touchpoints());
            return j;
        });
        if (checks != null) {
            checks.retain(project.journeys());
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

    private void persona(Persona p) {
        touchpointRefs(p.channels(), "channels");
        if (p.avatar() != null) {
            asset(p.avatar(), p.avatarAt());
        }
        markdown(p.about(), p.positions().getOrDefault("about", p.at()));
    }

    private void journey(Journey j) {
        List<String> personaIds = j.personaIds(); // read for every step below
        markdown(j.scenario(), j.positions().getOrDefault("scenario", j.at()));
        for (Ref p : j.personas()) {
            usedPersonas.add(p.id());
            if (!personas.containsKey(p.id())) {
                findings.add(Rule.UNKNOWN_PERSONA, p.at(), "there is no persona '" + Text.forMessage(p.id()) + "'"
                        + hint(p.id(), personas.keySet(), "add personas/" + p.id() + ".yaml"));
            }
        }
        baseline(j);
        Set<String> related = new HashSet<>();
        for (Ref r : j.related()) {
            if (r.id().equals(j.id())) {
                findings.add(Rule.SELF_REFERENCE, r.at(), "a journey cannot be related to itself; remove '" + r.id() + "'");
            } else if (!related.add(r.id())) {
                findings.add(Rule.DUPLICATE_VALUE, r.at(), "'" + r.id() + "' is already listed in related; remove one");
            } else {
                journeyRef(r);
            }
        }
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
                step(j, personaIds, step);
            }
        }
    }

    private void baseline(Journey j) {
        Ref b = j.baseline();
        if (b == null) {
            if (j.state() == Journey.State.FUTURE) {
                findings.add(Rule.FUTURE_WITHOUT_BASELINE, j.at(), "the future-state journey '" + j.id()
                        + "' names no baseline; add 'baseline: <id of the current journey it redesigns>'");
            }
            return;
        }
        if (j.state() != Journey.State.FUTURE) {
            findings.add(Rule.INVALID_BASELINE, b.at(), "only a future-state journey has a baseline; add 'state: future'"
                    + " or remove the baseline");
        } else if (b.id().equals(j.id())) {
            findings.add(Rule.INVALID_BASELINE, b.at(), "a journey cannot be its own baseline; name the current"
                    + " journey it redesigns");
        } else if (journeyRef(b)) {
            Journey target = journeys.get(b.id());
            if (target.state() == Journey.State.FUTURE) {
                findings.add(Rule.INVALID_BASELINE, b.at(), "the baseline '" + b.id() + "' is itself a future-state"
                        + " journey; name the current journey it redesigns"
                        + (target.baseline() != null ? ", such as '" + target.baseline().id() + "'" : ""));
            }
        }
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
        touchpointRefs(step.touchpoints(), "touchpoints");
        emotion(j, personaIds, step);
        metrics(step.metrics(), "metrics");
        metrics(step.targets(), "targets");
        if (step.momentOfTruth() && step.metrics().isEmpty() && enabled(Rule.MOMENT_OF_TRUTH_WITHOUT_METRIC)) {
            findings.add(Rule.MOMENT_OF_TRUTH_WITHOUT_METRIC, step.at(), "the step '" + Text.forMessage(step.name())
                    + "' is a moment of truth but measures nothing; add metrics such as {csat: 4.1}");
        }
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

    private void touchpointRefs(List<Ref> refs, String field) {
        Set<String> seen = new HashSet<>();
        for (Ref r : refs) {
            usedTouchpoints.add(r.id());
            if (!seen.add(r.id())) {
                findings.add(Rule.DUPLICATE_VALUE, r.at(), "the touchpoint '" + r.id() + "' is already listed in "
                        + field + "; remove one");
            } else if (!project.hasTouchpointCatalogue()) {
                findings.add(Rule.UNKNOWN_TOUCHPOINT, r.at(), "there is no touchpoints.yaml, so '" + Text.forMessage(r.id())
                        + "' is unknown; add touchpoints.yaml with a touchpoint of id '" + r.id() + "'");
            } else if (!touchpoints.containsKey(r.id())) {
                findings.add(Rule.UNKNOWN_TOUCHPOINT, r.at(), "there is no touchpoint '" + Text.forMessage(r.id()) + "'"
                        + hint(r.id(), touchpoints.keySet(), "add it to touchpoints.yaml"));
            }
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
