package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeymap.model.Numbers;
import org.journeymap.model.Touchpoint;
import org.journeymap.render.Insights;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;
/**
 * Every touchpoint with where it is used, how customers feel there, its metrics and the
 * opportunities at it.
 */
public final class TouchpointsPage implements Output {

    @Override
    public String name() {
        return "touchpoints";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.MEASUREMENTS, Input.PERSONAS, Input.TOUCHPOINTS, Input.SITE, Input.TEMPLATES,
                Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("touchpoints.html");
    }

    @Override
    public List<String> templates() {
        return List.of("touchpoints.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        List<Views.TouchpointRow> rows = new ArrayList<>();
        for (Insights.TouchpointUse u : Insights.touchpoints(pages.project(), pages.places())) {
            List<Views.MetricView> metrics = new ArrayList<>();
            u.metrics().forEach((metric, v) -> pages.site().metric(metric).ifPresent(d ->
                    metrics.add(new Views.MetricView(metric, d.name(), pages.format(d, d.percent() ? v
                            : Math.round(v * 10) / 10.0), "", ""))));
            rows.add(new Views.TouchpointRow(u.touchpoint(), u.touchpoint().kind() == Touchpoint.Kind.INDIRECT,
                    (int) u.places().stream().count(), u.journeys(),
                    u.averageEmotion() == null ? "" : Numbers.format(Math.round(u.averageEmotion() * 10) / 10.0),
                    pages.level(u.averageEmotion()), u.averageEmotion() == null ? ""
                    : Optional.ofNullable(pages.scale().labelOf(u.averageEmotion())).orElse(""),
                    u.places().stream().filter(p -> p.emotion() != null).limit(3).map(p -> pages.stepLink(p, ""))
                            .toList(),
                    metrics, u.opportunities().stream().map(pages::itemRow).toList()));
        }
        pages.page("touchpoints.ftlh", "touchpoints.html", Map.of("title", pages.label("touchpointsTitle"),
                "rows", rows));
    }
}

