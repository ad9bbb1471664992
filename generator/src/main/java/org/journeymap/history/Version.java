package org.journeymap.history;

import java.util.ArrayList;
import java.util.List;
import org.journeymap.model.Emotion;
import org.journeymap.model.Journey;
import org.journeymap.model.Step;

/**
 * A journey's emotion at one version: the average of every score (each step, each persona), the
 * lowest score, and its first persona's curve (one value per step, null where the step has no
 * emotion for that persona). average and lowest are null when no step has an emotion.
 */
public record Version(Double average, Double lowest, List<Double> curve) {

    public Version {
        curve = java.util.Collections.unmodifiableList(new ArrayList<>(curve));
    }

    static Version of(Journey j) {
        double sum = 0;
        int count = 0;
        Double lowest = null;
        List<Double> curve = new ArrayList<>();
        String first = j.personaIds().isEmpty() ? null : j.personaIds().get(0);
        for (Step s : j.steps().toList()) {
            Emotion e = s.emotion();
            Double mine = null;
            if (e != null) {
                for (Emotion.Score score : e.scores()) {
                    sum += score.value();
                    count++;
                    lowest = lowest == null ? score.value() : Math.min(lowest, score.value());
                    if (score.persona().equals(first)) {
                        mine = score.value();
                    }
                }
            }
            curve.add(mine);
        }
        return new Version(count == 0 ? null : Math.round(sum / count * 100) / 100.0, lowest, curve);
    }
}
