package org.journeymap.model;

import java.util.List;

/** A phase of a journey; reach is null when not written. */
public record Stage(String id, String name, String description, String goal, Long reach, Position reachAt,
                    List<Step> steps, Position at, java.util.Map<String, Position> positions) {

    public Stage withSteps(List<Step> other) {
        return new Stage(id, name, description, goal, reach, reachAt, other, at, positions);
    }
}
