package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.render.HistoryViews;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;

/** The latest changes across the portfolio, by day, each leading to its journey's history. */
public final class ChangesPage implements Output {

    /** How many changes the page and the feed list. */
    public static final int LATEST = 50;

    @Override
    public String name() {
        return "changes-page";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.HISTORY, Input.PERSONAS, Input.SITE, Input.TEMPLATES);
    }

    @Override
    public List<String> writes() {
        return List.of("changes.html");
    }

    @Override
    public List<String> templates() {
        return List.of("changes.ftlh");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return pages.history() != null;
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        HistoryViews views = new HistoryViews(pages);
        String incomplete = views.incomplete(pages.history());
        pages.page("changes.ftlh", "changes.html", Map.of("title", pages.label("changesTitle"),
                "days", views.days(LATEST), "incomplete", incomplete == null ? "" : incomplete));
    }
}
