package org.journeymap.model;

import java.util.List;
import java.util.Optional;

/**
 * How a step feels, as one score per persona. perPersona tells whether it was written as a map
 * ({anna: 1, piotr: -1}) or as a single number, which belongs to the journey's only persona.
 * An emotion that was written but could not be used (and was reported) has no scores.
 */
public record Emotion(List<Score> scores, boolean perPersona, Position at) {

    public record Score(String persona, double value, Position at) {
    }

    public Optional<Score> of(String persona) {
        for (Score s : scores) { // once per step and persona in every validation: no stream
            if (persona.equals(s.persona())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
