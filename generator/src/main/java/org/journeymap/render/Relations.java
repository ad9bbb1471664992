package org.journeymap.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.journeymap.model.Journey;
import org.journeymap.model.Persona;
import org.journeymap.model.Project;
import org.journeymap.model.Ref;

/**
 * How a project's journeys and personas name each other, found in one pass (a portfolio has
 * thousands of journeys): what the pages show around a journey or a persona, and what the record
 * of each output's inputs reads.
 */
final class Relations {

    private final Map<String, Journey> journeys = new HashMap<>();
    private final Map<String, Persona> personas = new HashMap<>();
    private final Map<String, List<Journey>> futures = new HashMap<>();
    private final Map<String, List<Journey>> members = new HashMap<>();
    private final Map<String, List<Journey>> relatedBy = new HashMap<>();

    Relations(Project project) {
        for (Journey j : project.journeys()) {
            journeys.put(j.id(), j);
            if (j.baseline() != null) {
                futures.computeIfAbsent(j.baseline().id(), k -> new ArrayList<>()).add(j);
            }
            for (String p : new LinkedHashSet<>(j.personaIds())) {
                members.computeIfAbsent(p, k -> new ArrayList<>()).add(j);
            }
            for (Ref r : j.related()) {
                relatedBy.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(j);
            }
        }
        project.personas().forEach(p -> personas.put(p.id(), p));
    }

    /** The journey by id, or null. */
    Journey journey(String id) {
        return journeys.get(id);
    }

    /** The persona by id, or null. */
    Persona persona(String id) {
        return personas.get(id);
    }

    Map<String, Journey> journeys() {
        return journeys;
    }

    Map<String, Persona> personas() {
        return personas;
    }

    /** The future states that name this journey as their baseline, in the project's order. */
    List<Journey> futures(String journey) {
        return futures.getOrDefault(journey, List.of());
    }

    /** The journeys a persona is in, in the project's order. */
    List<Journey> members(String persona) {
        return members.getOrDefault(persona, List.of());
    }

    /** The journeys that name this one as related. */
    List<Journey> relatedBy(String journey) {
        return relatedBy.getOrDefault(journey, List.of());
    }
}
