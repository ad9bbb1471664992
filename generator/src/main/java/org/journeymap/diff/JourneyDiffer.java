package org.journeymap.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeymap.diff.ProjectDiff.Change;
import org.journeymap.diff.ProjectDiff.EmotionChange;
import org.journeymap.diff.ProjectDiff.JourneyChange;
import org.journeymap.diff.ProjectDiff.Kind;
import org.journeymap.diff.ProjectDiff.StepChange;
import org.journeymap.measure.Series;
import org.journeymap.model.Emotion;
import org.journeymap.model.Measurement;
import org.journeymap.model.MetricDefinition;
import org.journeymap.model.Evidence;
import org.journeymap.model.Journey;
import org.journeymap.model.MetricValue;
import org.journeymap.model.Numbers;
import org.journeymap.model.Opportunity;
import org.journeymap.model.PainPoint;
import org.journeymap.model.Persona;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;
import org.journeymap.model.Touchpoint;

/** Compares two projects by ids and describes the differences for a reviewer. */
public final class JourneyDiffer {

    private JourneyDiffer() {
    }

    /**
     * The differences, in the words of the head's site language where they are journeymap's own
     * (a moment of truth's yes or no, an opportunity's impact and effort); what changed is named
     * by a key that {@link DiffMarkdown} words: title, state, ..., metric:ID, target:ID.
     */
    public static ProjectDiff diff(Project base, Project head) {
        DiffWords words = DiffWords.of(head.site().language());
        Map<String, List<Series>> baseSeries = Series.of(base);
        Map<String, List<Series>> headSeries = Series.of(head);
        Map<String, Journey> before = byId(base.journeys(), Journey::id);
        Map<String, Journey> after = byId(head.journeys(), Journey::id);
        List<Journey> added = head.journeys().stream().filter(j -> !before.containsKey(j.id())).toList();
        List<Journey> removed = base.journeys().stream().filter(j -> !after.containsKey(j.id())).toList();
        List<JourneyChange> changed = new ArrayList<>();
        for (Journey h : head.journeys()) {
            Journey b = before.get(h.id());
            if (b != null) {
                JourneyChange c = journey(b, h, head, words, baseSeries.getOrDefault(h.id(), List.of()),
                        headSeries.getOrDefault(h.id(), List.of()));
                if (c.size() > 0) {
                    changed.add(c);
                }
            }
        }
        return new ProjectDiff(added, removed, changed, personas(base, head), touchpoints(base, head));
    }

    /**
     * What changed between two versions of one journey, with the personas' names and the metrics
     * of context (the project as it is now); measured values are not compared.
     */
    public static JourneyChange journey(Journey before, Journey after, Project context) {
        return journey(before, after, context, DiffWords.of(context.site().language()), List.of(), List.of());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    private static JourneyChange journey(Journey b, Journey h, Project head, DiffWords words, List<Series> before,
                                         List<Series> after) {
        // a step's metric that is measured is reported with its dates, among the measurements
        java.util.Set<String> measured = new java.util.HashSet<>();
        for (List<Series> side : List.of(before, after)) {
            side.stream().filter(s -> s.step() != null && s.persona() == null)
                    .forEach(s -> measured.add(s.step() + "\u0000" + s.metric()));
        }
        List<Change> header = new ArrayList<>();
        field(header, "title", b.title(), h.title());
        field(header, "state", words.word("state." + b.state().word()), words.word("state." + h.state().word()));
        field(header, "owner", b.owner(), h.owner());
        field(header, "language", b.language(), h.language());
        field(header, "baseline", b.baseline() == null ? null : b.baseline().id(), h.baseline() == null ? null : h.baseline().id());
        field(header, "personas", String.join(", ", b.personaIds()), String.join(", ", h.personaIds()));
        field(header, "tags", String.join(", ", b.tags()), String.join(", ", h.tags()));
        field(header, "related", ids(b.related()), ids(h.related()));
        field(header, "scenario", b.scenario(), h.scenario());

        List<Change> stages = new ArrayList<>();
        Map<String, Stage> stagesBefore = byId(b.stages(), Stage::id);
        Map<String, Stage> stagesAfter = byId(h.stages(), Stage::id);
        for (Stage s : h.stages()) {
            Stage old = stagesBefore.get(s.id());
            if (old == null) {
                stages.add(new Change(Kind.ADDED, "stage", s.name(), null, s.name()));
                continue;
            }
            if (!old.name().equals(s.name())) {
                stages.add(new Change(Kind.RENAMED, "stage", s.name(), old.name(), s.name()));
            }
            if (!Objects.equals(old.reach(), s.reach())) {
                stages.add(new Change(Kind.CHANGED, "reach", s.name(), num(old.reach()), num(s.reach())));
            }
            if (!Objects.equals(old.goal(), s.goal())) {
                stages.add(new Change(Kind.CHANGED, "goal", s.name(), old.goal(), s.goal()));
            }
        }
        b.stages().stream().filter(s -> !stagesAfter.containsKey(s.id()))
                .forEach(s -> stages.add(new Change(Kind.REMOVED, "stage", s.name(), s.name(), null)));

        Map<String, Step> stepsBefore = new LinkedHashMap<>();
        Map<String, String> stageOfBefore = new LinkedHashMap<>();
        Map<String, String> stageIdOfBefore = new LinkedHashMap<>();
        for (Stage s : b.stages()) {
            for (Step st : s.steps()) {
                stepsBefore.put(st.id(), st);
                stageOfBefore.put(st.id(), s.name());
                stageIdOfBefore.put(st.id(), s.id());
            }
        }
        List<StepChange> steps = new ArrayList<>();
        List<EmotionChange> emotions = new ArrayList<>();
        List<Change> painPoints = new ArrayList<>();
        List<Change> opportunities = new ArrayList<>();
        List<Change> metrics = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Stage s : h.stages()) {
            for (Step st : s.steps()) {
                seen.add(st.id());
                Step old = stepsBefore.get(st.id());
                if (old == null) {
                    steps.add(new StepChange(Kind.ADDED, st.id(), null, st.name(), null, s.name()));
                    emotions(emotions, h, st, null, head);
                    items(painPoints, st.name(), List.of(), st.painPoints().stream().map(PainPoint::text).toList());
                    opportunities(opportunities, st.name(), List.of(), st.opportunities(), words);
                    continue;
                }
                if (!old.name().equals(st.name())) {
                    steps.add(new StepChange(Kind.RENAMED, st.id(), old.name(), st.name(), null, null));
                }
                if (!stageIdOfBefore.get(st.id()).equals(s.id())) {
                    steps.add(new StepChange(Kind.MOVED, st.id(), old.name(), st.name(), stageOfBefore.get(st.id()),
                            s.name()));
                }
                emotions(emotions, h, st, old, head);
                items(painPoints, st.name(), old.painPoints().stream().map(PainPoint::text).toList(),
                        st.painPoints().stream().map(PainPoint::text).toList());
                opportunities(opportunities, st.name(), old.opportunities(), st.opportunities(), words);
                metrics(metrics, st.name(), "metric", unmeasured(old, measured), unmeasured(st, measured));
                metrics(metrics, st.name(), "target", old.targets(), st.targets());
                field(metrics, "momentOfTruth", st.name(), words.word(old.momentOfTruth() ? "diff.yes" : "diff.no"),
                        words.word(st.momentOfTruth() ? "diff.yes" : "diff.no"));
                field(metrics, "touchpoints", st.name(), ids(old.touchpoints()), ids(st.touchpoints()));
                field(metrics, "evidence", st.name(), evidence(old.evidence()), evidence(st.evidence()));
            }
        }
        for (Map.Entry<String, Step> e : stepsBefore.entrySet()) {
            if (!seen.contains(e.getKey())) {
                Step old = e.getValue();
                steps.add(new StepChange(Kind.REMOVED, old.id(), old.name(), null, stageOfBefore.get(old.id()), null));
                items(painPoints, old.name(), old.painPoints().stream().map(PainPoint::text).toList(), List.of());
                opportunities(opportunities, old.name(), old.opportunities(), List.of(), words);
            }
        }
        return new JourneyChange(b, h, header, stages, steps, emotions, painPoints, opportunities, metrics,
                measurements(h, head, before, after, words));
    }

    private static List<MetricValue> unmeasured(Step step, java.util.Set<String> measured) {
        return step.metrics().stream().filter(m -> !measured.contains(step.id() + "\u0000" + m.metric())).toList();
    }

    /**
     * The measured series whose latest value or date moved, in words: "Conversion at Checks out:
     * 3.4% (2026-09) → 4.1% (2026-10), target 4% now met".
     */
    private static List<Change> measurements(Journey h, Project head, List<Series> before, List<Series> after,
                                             DiffWords words) {
        Map<Measurement.SeriesKey, Series> old = new LinkedHashMap<>();
        before.forEach(s -> old.put(s.latest().series(), s));
        List<Change> out = new ArrayList<>();
        for (Series s : after) {
            Series was = old.remove(s.latest().series());
            Measurement now = s.latest();
            Measurement then = was == null ? null : was.latest();
            if (then != null && then.value() == now.value() && then.date().equals(now.date())) {
                continue;
            }
            MetricDefinition def = head.site().metric(s.metric()).orElse(null);
            if (def == null) {
                continue;
            }
            Double target = s.step() == null || s.persona() != null ? null : h.steps()
                    .filter(st -> st.id().equals(s.step())).flatMap(st -> st.targets().stream())
                    .filter(t -> t.metric().equals(s.metric())).map(MetricValue::value).findFirst().orElse(null);
            String after2 = value(def, now.value()) + " (" + now.date() + ")";
            if (target != null) {
                boolean met = def.meets(now.value(), target);
                boolean wasMet = then != null && def.meets(then.value(), target);
                if (then == null || met != wasMet) {
                    after2 += words.fill(met ? "diff.measurement.nowMet" : "diff.measurement.nowMissed", "target",
                            value(def, target));
                }
            }
            out.add(new Change(then == null ? Kind.ADDED : Kind.CHANGED, def.name(), place(h, s, head),
                    then == null ? null : value(def, then.value()) + " (" + then.date() + ")", after2));
        }
        return out;
    }

    /** The step's or stage's name, with the persona's for a persona's series. */
    private static String place(Journey h, Series s, Project head) {
        String name = s.step() != null
                ? h.steps().filter(st -> st.id().equals(s.step())).map(Step::name).findFirst().orElse(s.step())
                : h.stages().stream().filter(st -> st.id().equals(s.stage())).map(Stage::name).findFirst()
                        .orElse(s.stage());
        return s.persona() == null ? name
                : name + " (" + head.persona(s.persona()).map(Persona::name).orElse(s.persona()) + ")";
    }

    /** A value as the site shows it, with a plain space before a unit (the comment is Markdown, not HTML). */
    private static String value(MetricDefinition def, double v) {
        return def.display(v).replace('\u00a0', ' ');
    }

    private static void emotions(List<EmotionChange> out, Journey h, Step st, Step old, Project head) {
        for (String persona : h.personaIds()) {
            Double after = value(st.emotion(), persona);
            Double before = old == null ? null : value(old.emotion(), persona);
            if (!Objects.equals(before, after)) {
                String name = head.persona(persona).map(Persona::name).orElse(persona);
                out.add(new EmotionChange(st.id(), st.name(), name, before, after));
            }
        }
    }

    private static Double value(Emotion e, String persona) {
        return e == null ? null : e.of(persona).map(Emotion.Score::value).orElse(null);
    }

    private static void items(List<Change> out, String step, List<String> before, List<String> after) {
        after.stream().filter(t -> !before.contains(t)).forEach(t -> out.add(new Change(Kind.ADDED, "painPoint", step, null, t)));
        before.stream().filter(t -> !after.contains(t)).forEach(t -> out.add(new Change(Kind.REMOVED, "painPoint", step, t, null)));
    }

    private static void opportunities(List<Change> out, String step, List<Opportunity> before, List<Opportunity> after,
                                      DiffWords words) {
        Map<String, Opportunity> old = byId(before, Opportunity::title);
        Map<String, Opportunity> now = byId(after, Opportunity::title);
        for (Opportunity o : after) {
            Opportunity was = old.get(o.title());
            if (was == null) {
                out.add(new Change(Kind.ADDED, "opportunity", step, null, describe(o, words)));
            } else if (!describe(was, words).equals(describe(o, words))) {
                out.add(new Change(Kind.CHANGED, "opportunity", step, describe(was, words), describe(o, words)));
            }
        }
        before.stream().filter(o -> !now.containsKey(o.title()))
                .forEach(o -> out.add(new Change(Kind.REMOVED, "opportunity", step, describe(o, words), null)));
    }

    static String describe(Opportunity o, DiffWords words) {
        List<String> facts = new ArrayList<>();
        if (o.impact() != null) {
            facts.add(words.fill("diff.opportunity.impact", "level", words.word("level." + o.impact().name())));
        }
        if (o.effort() != null) {
            facts.add(words.fill("diff.opportunity.effort", "level", words.word("diff.effort." + o.effort().name())));
        }
        if (o.status() != null) {
            facts.add(words.word("status." + o.status().name()));
        }
        if (o.owner() != null) {
            facts.add(words.fill("diff.opportunity.owner", "owner", o.owner()));
        }
        return o.title() + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
    }

    private static void metrics(List<Change> out, String step, String what, List<MetricValue> before,
                                List<MetricValue> after) {
        Map<String, Double> old = before.stream().collect(Collectors.toMap(MetricValue::metric, MetricValue::value, (a, b) -> a, LinkedHashMap::new));
        Map<String, Double> now = after.stream().collect(Collectors.toMap(MetricValue::metric, MetricValue::value, (a, b) -> a, LinkedHashMap::new));
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(now.keySet());
        ids.addAll(old.keySet());
        for (String id : ids) {
            Double b = old.get(id);
            Double a = now.get(id);
            if (!Objects.equals(a, b)) {
                out.add(new Change(b == null ? Kind.ADDED : a == null ? Kind.REMOVED : Kind.CHANGED, what + ":" + id, step,
                        num(b), num(a)));
            }
        }
    }

    private static List<Change> personas(Project base, Project head) {
        Map<String, Persona> before = byId(base.personas(), Persona::id);
        Map<String, Persona> after = byId(head.personas(), Persona::id);
        List<Change> out = new ArrayList<>();
        for (Persona p : head.personas()) {
            Persona was = before.get(p.id());
            if (was == null) {
                out.add(new Change(Kind.ADDED, "persona", p.id(), null, p.name()));
            } else if (!persona(was).equals(persona(p))) {
                out.add(new Change(Kind.CHANGED, "persona", p.id(), was.name(), p.name()));
            }
        }
        base.personas().stream().filter(p -> !after.containsKey(p.id()))
                .forEach(p -> out.add(new Change(Kind.REMOVED, "persona", p.id(), p.name(), null)));
        return out;
    }

    private static List<Object> persona(Persona p) {
        return java.util.Arrays.asList(p.name(), p.role(), p.avatar(), p.segment(), p.quote(), p.about(), p.facts(),
                p.goals(), p.needs(), p.motivations(), p.frustrations(), ids(p.channels()), evidence(p.research()));
    }

    private static List<Change> touchpoints(Project base, Project head) {
        Map<String, Touchpoint> before = byId(base.touchpoints(), Touchpoint::id);
        Map<String, Touchpoint> after = byId(head.touchpoints(), Touchpoint::id);
        List<Change> out = new ArrayList<>();
        for (Touchpoint t : head.touchpoints()) {
            Touchpoint was = before.get(t.id());
            if (was == null) {
                out.add(new Change(Kind.ADDED, "touchpoint", t.id(), null, t.name()));
            } else if (!java.util.Arrays.asList(was.name(), was.channel(), was.kind(), was.owner(), was.description())
                    .equals(java.util.Arrays.asList(t.name(), t.channel(), t.kind(), t.owner(), t.description()))) {
                out.add(new Change(Kind.CHANGED, "touchpoint", t.id(), was.name(), t.name()));
            }
        }
        base.touchpoints().stream().filter(t -> !after.containsKey(t.id()))
                .forEach(t -> out.add(new Change(Kind.REMOVED, "touchpoint", t.id(), t.name(), null)));
        return out;
    }

    private static void field(List<Change> out, String what, String before, String after) {
        field(out, what, null, before, after);
    }

    private static void field(List<Change> out, String what, String where, String before, String after) {
        String b = before == null || before.isEmpty() ? null : before;
        String a = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(a, b)) {
            out.add(new Change(b == null ? Kind.ADDED : a == null ? Kind.REMOVED : Kind.CHANGED, what, where, b, a));
        }
    }

    private static String ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).collect(Collectors.joining(", "));
    }

    private static String evidence(List<Evidence> items) {
        return items.stream().map(e -> (e.quote() == null ? "" : "“" + e.quote() + "” ") + "— " + e.source())
                .collect(Collectors.joining("; "));
    }

    private static String num(Number n) {
        return n == null ? null : Numbers.format(n.doubleValue());
    }
}
