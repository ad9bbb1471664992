package org.journeymap.model;

import java.util.List;

/** One moment of a journey: a column of the map. emotion is null when not written. */
public record Step(String id, String name, String description, List<Ref> touchpoints, List<String> actions,
                   List<String> thoughts, Emotion emotion, boolean momentOfTruth, List<PainPoint> painPoints,
                   List<Opportunity> opportunities, List<String> frontstage, List<String> backstage,
                   List<String> support, List<MetricValue> metrics, List<MetricValue> targets,
                   List<Evidence> evidence, Position at, java.util.Map<String, Position> positions) {

    /** The same step with other measured values (targets stay). */
    public Step withMetrics(List<MetricValue> values) {
        return new Step(id, name, description, touchpoints, actions, thoughts, emotion, momentOfTruth, painPoints,
                opportunities, frontstage, backstage, support, values, targets, evidence, at, positions);
    }
}
