package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.model.Journey;
import org.journeymap.model.Lane;
import org.journeymap.model.Persona;
import org.journeymap.model.Ref;
import org.journeymap.model.Step;
import org.journeymap.render.EmotionCurve;
import org.journeymap.render.FunnelChart;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;

/**
 * A journey's page: the map as a grid, its curve, funnel, personas, baseline, future states and
 * related journeys. It shows its personas' names and avatars, its touchpoints, and the titles
 * and curves of the journeys around it.
 */
public final class JourneyPage implements Output {

    @Override
    public String name() {
        return "journey-page";
    }

    @Override
    public Scope scope() {
        return Scope.JOURNEY;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.SUBJECT, Input.NEIGHBOURS, Input.PERSONAS, Input.TOUCHPOINTS, Input.SITE, Input.MEASUREMENTS,
                Input.HISTORY, Input.TEMPLATES, Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("journeys/{id}.html");
    }

    @Override
    public List<String> templates() {
        return List.of("journey.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        Journey j = pages.journey(id);
        String root = "../";
        EmotionCurve curve = pages.curveOf(j);
        List<Views.StageView> stages = pages.stageViews(j, root);
        List<Persona> ps = j.personaIds().stream().map(pages::persona).filter(p -> p != null).toList();
        List<List<Views.EmotionView>> table = new ArrayList<>();
        for (Step step : j.steps().toList()) {
            table.add(pages.emotions(j, step));
        }
        Journey baseline = j.baseline() == null ? null : pages.journey(j.baseline().id());
        List<Journey> related = j.related().stream().map(Ref::id).map(pages::journey).filter(r -> r != null).toList();
        List<Views.FunnelStage> funnel = pages.funnel(j);
        Views.JourneyPage page = new Views.JourneyPage(j, ps, baseline, pages.futures(j.id()), related, stages,
                pages.markup(curve.svg("curve-" + j.id(), "#step-")), curve.description(),
                pages.site().lanes().stream().map(Lane::word).toList(), (int) j.steps().count(),
                ps.stream().map(Persona::name).toList(), table, funnel,
                funnel.isEmpty() ? null : pages.markup(FunnelChart.svg("funnel-" + j.id(), pages.label("funnel")
                        + ": " + j.title(), funnel, pages.label("dropOff"))), pages.sources(j));
        String baseUrl = pages.site().baseUrl();
        Map<String, Object> model = new HashMap<>();
        model.put("title", j.title());
        model.put("j", page);
        model.put("scenario", pages.md(j.scenario(), root));
        model.put("lang", j.language() != null ? j.language() : pages.site().language());
        model.put("ogImage", pages.png() && baseUrl != null ? baseUrl + CurvePng.path(j.id()) : "");
        model.put("png", pages.png());
        model.put("description", curve.description());
        model.put("historyLine", pages.history() == null ? "" : new org.journeymap.render.HistoryViews(pages).summary(j.id()));
        pages.page("journey.ftlh", "journeys/" + j.id() + ".html", model);
    }
}

