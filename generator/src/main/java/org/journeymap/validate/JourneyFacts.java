package org.journeymap.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeymap.model.Journey;
import org.journeymap.model.Position;
import org.journeymap.model.Ref;

/**
 * What the checks of other files need of a journey, and the references it makes that only the
 * whole project can settle: its id, state and the id of its baseline (for a future-state journey
 * that names it as its own baseline); the personas it names; the baseline, related journeys and
 * touchpoints still to look up (those its own file already showed to be wrong are left out),
 * and the ids of those touchpoints, each once (a journey names a few touchpoints many times);
 * the ids of its stages and steps, and the metrics each step's YAML gives (for the checks of
 * measurement files); and its moments of truth whose YAML gives no metric, which measure nothing
 * unless a measurement file measures them.
 */
public record JourneyFacts(String id, Journey.State state, String baselineId, List<Ref> personas, Ref baseline,
                           List<Ref> related, List<Ref> touchpoints, Set<String> touchpointIds, List<String> stageIds,
                           Map<String, Map<String, Position>> stepMetrics, List<Moment> unmeasuredMoments) {

    /** A moment of truth: its step's id, its name as a message may quote it, and where it is. */
    public record Moment(String step, String name, Position at) {
    }

    public JourneyFacts {
        unmeasuredMoments = List.copyOf(unmeasuredMoments);
        personas = List.copyOf(personas);
        related = List.copyOf(related);
        touchpoints = List.copyOf(touchpoints);
        touchpointIds = Set.copyOf(touchpointIds);
        stageIds = List.copyOf(stageIds);
        Map<String, Map<String, Position>> steps = new LinkedHashMap<>();
        stepMetrics.forEach((step, metrics) -> steps.put(step, Collections.unmodifiableMap(new LinkedHashMap<>(metrics))));
        stepMetrics = Collections.unmodifiableMap(steps);
    }

    /**
     * The facts with the touchpoints' ids derived from the touchpoints; stageIds lists the stages'
     * ids in order, stepMetrics each step's id (in order) with the metrics its YAML gives and where,
     * unmeasuredMoments the moments of truth whose YAML gives no metric.
     */
    public JourneyFacts(String id, Journey.State state, String baselineId, List<Ref> personas, Ref baseline,
                        List<Ref> related, List<Ref> touchpoints, List<String> stageIds,
                        Map<String, Map<String, Position>> stepMetrics, List<Moment> unmeasuredMoments) {
        this(id, state, baselineId, personas, baseline, related, touchpoints,
                touchpoints.stream().map(Ref::id).collect(Collectors.toSet()), stageIds, stepMetrics, unmeasuredMoments);
    }
}
