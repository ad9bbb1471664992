package org.journeymap.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything in one source folder. Personas and journeys are sorted by id; touchpoints keep the
 * catalogue's order. hasTouchpointCatalogue tells whether touchpoints.yaml exists. measurements
 * are the rows of measurements/**&#47;*.csv, by file path and then as written.
 */
public record Project(Path sourceRoot, Site site, List<Touchpoint> touchpoints, boolean hasTouchpointCatalogue,
                      List<Persona> personas, List<Journey> journeys, List<Measurement> measurements) {

    public Project {
        touchpoints = List.copyOf(touchpoints);
        personas = List.copyOf(personas);
        journeys = List.copyOf(journeys);
        measurements = List.copyOf(measurements);
    }

    public Optional<Persona> persona(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Journey> journey(String id) {
        return journeys.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    public Optional<Touchpoint> touchpoint(String id) {
        return touchpoints.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Project withSite(Site other) {
        return new Project(sourceRoot, other, touchpoints, hasTouchpointCatalogue, personas, journeys, measurements);
    }
}
