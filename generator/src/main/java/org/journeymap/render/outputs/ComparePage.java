package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.model.Journey;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.Views;

/** A future state beside its baseline, stage by stage, with both curves on one chart. */
public final class ComparePage implements Output {

    @Override
    public String name() {
        return "compare-page";
    }

    @Override
    public Scope scope() {
        return Scope.JOURNEY;
    }

    /** What a journey's page reads: a future state and its baseline, mapped alike. */
    @Override
    public Set<Input> reads() {
        return new JourneyPage().reads();
    }

    @Override
    public List<String> writes() {
        return List.of("compare/{id}.html");
    }

    @Override
    public List<String> templates() {
        return List.of("compare.ftlh");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        Journey j = pages.journey(id);
        return j.state() == Journey.State.FUTURE && j.baseline() != null && pages.journey(j.baseline().id()) != null;
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        Journey future = pages.journey(id);
        Journey baseline = pages.journey(future.baseline().id());
        String root = "../";
        pages.page("compare.ftlh", "compare/" + future.id() + ".html", Map.of("title", future.title(), "c",
                new Views.ComparePage(baseline, future, pages.stageViews(baseline, root),
                        pages.stageViews(future, root), pages.markup(pages.curveOf(future).svg("compare-"
                        + future.id(), root + "journeys/" + future.id() + ".html#step-")))));
    }
}

