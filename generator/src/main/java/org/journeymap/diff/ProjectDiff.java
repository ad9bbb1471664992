package org.journeymap.diff;

import java.util.List;
import org.journeymap.model.Journey;

/**
 * What changed for the customer between two versions of a source folder. Journeys, stages and
 * steps are matched by id, so a renamed step with an explicit id is a rename, not a removal and
 * an addition, and a step that changed stage is a move.
 */
public record ProjectDiff(List<Journey> added, List<Journey> removed, List<JourneyChange> changed,
                          List<Change> personas, List<Change> touchpoints) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && personas.isEmpty() && touchpoints.isEmpty();
    }

    /**
     * One changed journey: the two versions and each kind of change, in map order. measurements
     * are the measured series whose latest value or date moved: what is the metric's name, where
     * the step or stage (with the persona), before and after the value with its date (and whether
     * the target is now met or missed).
     */
    public record JourneyChange(Journey base, Journey head, List<Change> header, List<Change> stages,
                                List<StepChange> steps, List<EmotionChange> emotions, List<Change> painPoints,
                                List<Change> opportunities, List<Change> metrics, List<Change> measurements) {

        public int size() {
            return header.size() + stages.size() + steps.size() + emotions.size() + painPoints.size()
                    + opportunities.size() + metrics.size() + measurements.size();
        }
    }

    public enum Kind { ADDED, REMOVED, CHANGED, RENAMED, MOVED }

    /** A change described in words: what (a field or item), where (a step), before and after. */
    public record Change(Kind kind, String what, String where, String before, String after) {
    }

    public record StepChange(Kind kind, String id, String beforeName, String afterName, String beforeStage,
                             String afterStage) {
    }

    /** An emotion that moved at a step, for one persona; before or after is null when absent. */
    public record EmotionChange(String stepId, String step, String persona, Double before, Double after) {

        public double delta() {
            return (after == null ? 0 : after) - (before == null ? 0 : before);
        }
    }
}
