package org.journeymap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.journeymap.model.Emotion;
import org.journeymap.model.Journey;
import org.journeymap.model.MetricValue;
import org.journeymap.model.Opportunity;
import org.journeymap.model.PainPoint;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;
import org.journeymap.model.Touchpoint;

/**
 * Cross-journey views computed once from precomputed indexes: how each touchpoint is used and
 * felt, and every pain point and opportunity with where it sits.
 */
public final class Insights {

    /** A step somewhere in the portfolio, with the average emotion of its personas (null when none). */
    public record Place(Journey journey, Stage stage, Step step, Double emotion) {
    }

    /** A touchpoint's use: the steps that name it, their average emotion, and the worst of them. */
    public record TouchpointUse(Touchpoint touchpoint, List<Place> places, Double averageEmotion, long journeys,
                         Map<String, Double> metrics, double pain, List<Item> opportunities) {
    }

    /** A pain point or an opportunity at a place. */
    public record Item(String kind, String text, Place place, PainPoint painPoint, Opportunity opportunity) {
    }

    static Double emotion(Step step) {
        Emotion e = step.emotion();
        if (e == null || e.scores().isEmpty()) {
            return null;
        }
        OptionalDouble avg = e.scores().stream().mapToDouble(Emotion.Score::value).average();
        return avg.isPresent() ? avg.getAsDouble() : null;
    }

    public static List<Place> places(Project project) {
        List<Place> places = new ArrayList<>();
        for (Journey j : project.journeys()) {
            for (Stage s : j.stages()) {
                for (Step st : s.steps()) {
                    places.add(new Place(j, s, st, emotion(st)));
                }
            }
        }
        return places;
    }

    /**
     * The touchpoints that hurt most first: the sum of how far below zero each step that uses it
     * is, so a touchpoint that is both often used and painful leads; then the most used.
     */
    public static List<TouchpointUse> touchpoints(Project project, List<Place> places) {
        Map<String, List<Place>> byTouchpoint = new LinkedHashMap<>();
        project.touchpoints().forEach(t -> byTouchpoint.put(t.id(), new ArrayList<>()));
        for (Place p : places) {
            for (Ref r : p.step().touchpoints()) {
                byTouchpoint.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(p);
            }
        }
        List<TouchpointUse> uses = new ArrayList<>();
        for (Touchpoint t : project.touchpoints()) {
            List<Place> at = byTouchpoint.get(t.id());
            OptionalDouble avg = at.stream().filter(p -> p.emotion() != null).mapToDouble(Place::emotion).average();
            List<Place> worst = at.stream().filter(p -> p.emotion() != null)
                    .sorted(Comparator.comparingDouble(Place::emotion)).toList();
            Map<String, Double> metrics = new LinkedHashMap<>();
            Map<String, List<Double>> values = new LinkedHashMap<>();
            for (Place p : at) {
                for (MetricValue m : p.step().metrics()) {
                    values.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m.value());
                }
            }
            values.forEach((id, v) -> metrics.put(id, v.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
            // how much it hurts: every use below zero counts with its depth, so frequent and severe both weigh
            double pain = at.stream().filter(p -> p.emotion() != null && p.emotion() < 0).mapToDouble(p -> -p.emotion()).sum();
            List<Item> opportunities = items(at).stream().filter(i -> i.opportunity() != null).toList();
            uses.add(new TouchpointUse(t, worst.isEmpty() ? at : worst, avg.isPresent() ? avg.getAsDouble() : null,
                    at.stream().map(p -> p.journey().id()).distinct().count(), metrics, pain, opportunities));
        }
        uses.sort(Comparator.comparingDouble((TouchpointUse u) -> -u.pain())
                .thenComparingInt(u -> -u.places().size())
                .thenComparingDouble(u -> u.averageEmotion() == null ? Double.MAX_VALUE : u.averageEmotion())
                .thenComparing(u -> u.touchpoint().name()));
        return uses;
    }

    public static List<Item> items(List<Place> places) {
        List<Item> items = new ArrayList<>();
        for (Place p : places) {
            for (PainPoint pp : p.step().painPoints()) {
                items.add(new Item("pain", pp.text(), p, pp, null));
            }
            for (Opportunity o : p.step().opportunities()) {
                items.add(new Item("opportunity", o.title(), p, null, o));
            }
        }
        return items;
    }

    private Insights() {
    }
}
