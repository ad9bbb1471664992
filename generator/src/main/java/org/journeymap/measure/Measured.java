package org.journeymap.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeymap.model.Journey;
import org.journeymap.model.MetricValue;
import org.journeymap.model.Project;
import org.journeymap.model.Stage;
import org.journeymap.model.Step;

/**
 * The project as the site shows it: each step's metrics with the latest value of each of its
 * measured series for all customers added, so that the map, the curve picture's markers, the
 * touchpoints, the opportunities, the portfolio and data/site.json all use the latest values.
 * A step's metric comes from its YAML or from a measurement file, never both (validation makes
 * sure of it); persona-only series and stage series are shown from {@link Series} instead.
 */
public final class Measured {

    private Measured() {
    }

    public static Project apply(Project project) {
        if (project.measurements().isEmpty()) {
            return project;
        }
        Map<String, List<Series>> series = Series.of(project);
        List<Journey> journeys = new ArrayList<>(project.journeys().size());
        for (Journey j : project.journeys()) {
            Map<String, List<MetricValue>> latest = new HashMap<>();
            for (Series s : series.getOrDefault(j.id(), List.of())) {
                if (s.step() != null && s.persona() == null) {
                    latest.computeIfAbsent(s.step(), k -> new ArrayList<>()).add(new MetricValue(s.metric(),
                            s.latest().value(), s.latest().cell("value")));
                }
            }
            if (latest.isEmpty()) {
                journeys.add(j);
                continue;
            }
            List<Stage> stages = new ArrayList<>();
            for (Stage stage : j.stages()) {
                List<Step> steps = new ArrayList<>();
                for (Step step : stage.steps()) {
                    List<MetricValue> measured = latest.get(step.id());
                    if (measured == null) {
                        steps.add(step);
                        continue;
                    }
                    List<MetricValue> all = new ArrayList<>(step.metrics());
                    measured.stream().filter(m -> all.stream().noneMatch(y -> y.metric().equals(m.metric())))
                            .forEach(all::add);
                    steps.add(step.withMetrics(all));
                }
                stages.add(stage.withSteps(steps));
            }
            journeys.add(j.withStages(stages));
        }
        return new Project(project.sourceRoot(), project.site(), project.touchpoints(), project.hasTouchpointCatalogue(),
                project.personas(), journeys, project.measurements());
    }
}
