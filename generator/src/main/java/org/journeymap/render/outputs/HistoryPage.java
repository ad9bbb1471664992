package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.model.Journey;
import org.journeymap.render.HistoryViews;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;

/**
 * A journey's history from git (format v1, section 10): every commit that changed it, newest
 * first, with what changed for the customer, a chart of its emotion over the versions and its
 * curve at the last few. Only when the source folder is in a git work tree with history on.
 */
public final class HistoryPage implements Output {

    @Override
    public String name() {
        return "history-page";
    }

    @Override
    public Scope scope() {
        return Scope.JOURNEY;
    }

    @Override
    public Set<Input> reads() {
        // the history's words name personas and metrics as they are now
        return Set.of(Input.SUBJECT, Input.HISTORY, Input.PERSONAS, Input.SITE, Input.TEMPLATES);
    }

    @Override
    public List<String> writes() {
        return List.of("history/{id}.html");
    }

    @Override
    public List<String> templates() {
        return List.of("history.ftlh");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return pages.history() != null;
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        Journey j = pages.journey(id);
        Views.HistoryPage page = new HistoryViews(pages).page(j);
        pages.page("history.ftlh", "history/" + id + ".html", Map.of("title", pages.label("history") + ": " + j.title(),
                "h", page, "description", page.chartDescription() == null ? "" : page.chartDescription()));
    }
}
