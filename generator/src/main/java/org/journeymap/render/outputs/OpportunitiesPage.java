package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.render.Insights;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;
/** Every pain point and opportunity of the portfolio, with the opportunities on an impact and effort matrix. */
public final class OpportunitiesPage implements Output {

    @Override
    public String name() {
        return "opportunities";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.MEASUREMENTS, Input.SITE, Input.TEMPLATES, Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("opportunities.html");
    }

    @Override
    public List<String> templates() {
        return List.of("opportunities.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        List<Views.ItemRow> items = rows(pages);
        Map<String, List<Views.ItemRow>> cells = new LinkedHashMap<>();
        for (String key : List.of("quickWins", "bigBets", "fillIns", "thankless")) {
            cells.put(key, new ArrayList<>());
        }
        for (Views.ItemRow r : items) {
            if (r.kind().equals("opportunity") && r.impactRank() > 0 && r.effortRank() > 0) {
                boolean high = r.impactRank() >= 2;
                boolean easy = r.effortRank() == 1;
                cells.get(high ? (easy ? "quickWins" : "bigBets") : (easy ? "fillIns" : "thankless")).add(r);
            }
        }
        List<Views.Quadrant> quadrants = cells.entrySet().stream()
                .map(e -> new Views.Quadrant(e.getKey(), e.getValue())).toList();
        pages.page("opportunities.ftlh", "opportunities.html", Map.of("title", pages.label("opportunitiesTitle"),
                "items", items, "quadrants", quadrants));
    }

    /** Every pain point and opportunity as a row, as the page and the CSV list them. */
    static List<Views.ItemRow> rows(Pages pages) {
        return Insights.items(pages.places()).stream().map(pages::itemRow).toList();
    }
}

