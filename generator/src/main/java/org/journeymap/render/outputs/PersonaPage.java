package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.model.Journey;
import org.journeymap.model.Persona;
import org.journeymap.model.Ref;
import org.journeymap.model.Touchpoint;
import org.journeymap.render.CurvePicture;
import org.journeymap.render.CurveSeries;
import org.journeymap.render.EmotionCurve;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;
/**
 * A persona's page: who they are, their channels, and the journeys they are in, each as a card
 * and a curve, with all of them on one chart.
 */
public final class PersonaPage implements Output {

    @Override
    public String name() {
        return "persona-page";
    }

    @Override
    public Scope scope() {
        return Scope.PERSONA;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.SUBJECT, Input.NEIGHBOURS, Input.PERSONAS, Input.TOUCHPOINTS, Input.SITE, Input.MEASUREMENTS,
                Input.TEMPLATES,
                Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("personas/{id}.html");
    }

    @Override
    public List<String> templates() {
        return List.of("persona.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        Persona p = pages.persona(id);
        String root = "../";
        List<Journey> in = pages.journeysOf(p.id());
        List<Views.JourneyCard> cards = in.stream().map(j -> pages.card(j, root)).toList();
        // each journey's curve as the SVG file beside its page: drawn into the page again, the
        // curves of a persona in many journeys made most of the page's bytes
        List<Views.CurveImage> svgs = in.stream().map(j -> {
            EmotionCurve curve = pages.curveOf(j);
            return new Views.CurveImage(root + "journeys/" + j.id() + ".svg", pages.label("emotion") + ": "
                    + curve.description(), CurvePicture.WIDTH, CurvePicture.HEIGHT);
        }).toList();
        String avatar = pages.avatars().containsKey(p.id()) ? root + pages.avatars().get(p.id()) : "";
        List<Touchpoint> channels = p.channels().stream().map(Ref::id).map(pages::touchpoint)
                .filter(t -> t != null).toList();
        pages.page("persona.ftlh", "personas/" + p.id() + ".html", Map.of("title", p.name(),
                "p", new Views.PersonaPage(p, avatar, channels, cards, svgs, pages.md(p.about(), root),
                        in.size() < 2 ? null : pages.markup(overlay(pages, p, in)))));
    }

    /**
     * All the persona's journeys on one chart: each journey's curve spread over the full width,
     * so their shapes can be compared even when the journeys have different numbers of steps.
     */
    private static String overlay(Pages pages, Persona p, List<Journey> in) {
        List<CurveSeries> series = new ArrayList<>();
        int widest = 1;
        Journey longest = in.get(0);
        for (Journey j : in) {
            int n = (int) j.steps().count();
            if (n > widest) {
                widest = n;
                longest = j;
            }
        }
        for (Journey j : in) {
            series.add(new CurveSeries(j.title(), pages.values(j.steps().toList(), p.id()), false));
        }
        List<EmotionCurve.Point> points = longest.steps()
                .map(s -> new EmotionCurve.Point(s.id(), "", false)).toList();
        return new EmotionCurve(p.name(), points, series, pages.scale(), pages.words()).svg("overlay-" + p.id(), null);
    }
}

