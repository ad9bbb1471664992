package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.journeymap.model.Journey;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;
/** The portfolio: every journey as a card (title, personas, sparkline, lowest point) by group, with filters. */
public final class PortfolioPage implements Output {

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.MEASUREMENTS, Input.PERSONAS, Input.SITE, Input.TEMPLATES, Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("index.html");
    }

    @Override
    public List<String> templates() {
        return List.of("index.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        List<Journey> journeys = pages.project().journeys();
        Map<String, List<Views.JourneyCard>> grouped = new TreeMap<>();
        for (Journey j : journeys) {
            grouped.computeIfAbsent(j.group(), g -> new ArrayList<>()).add(pages.card(j, ""));
        }
        List<Views.Group> groups = grouped.entrySet().stream()
                .map(e -> new Views.Group(e.getKey(), e.getValue())).toList();
        List<String> tags = journeys.stream().flatMap(j -> j.tags().stream())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        pages.page("index.ftlh", "index.html", Map.of("title", pages.site().title(), "groups", groups, "tags", tags,
                "personas", pages.project().personas(), "journeyCount", journeys.size()));
    }
}

