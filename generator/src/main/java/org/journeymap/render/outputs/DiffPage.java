package org.journeymap.render.outputs;

import freemarker.core.TemplateHTMLOutputModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.diff.ProjectDiff;
import org.journeymap.model.Journey;
import org.journeymap.model.Step;
import org.journeymap.render.CurveSeries;
import org.journeymap.render.EmotionCurve;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;

/**
 * The semantic diff of a pull request as a page in the site's theme: the Markdown report, and for
 * each changed journey its emotion curves before (faint) and after on one chart. Written by the
 * diff command into a folder of its own, never into the site.
 */
public final class DiffPage implements Output {

    @Override
    public String name() {
        return "diff-page";
    }

    @Override
    public Scope scope() {
        return Scope.DIFF;
    }

    @Override
    public Set<Input> reads() {
        return java.util.EnumSet.allOf(Input.class);
    }

    @Override
    public List<String> writes() {
        return List.of("index.html");
    }

    @Override
    public List<String> templates() {
        return List.of("diff.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        Pages.DiffReport report = pages.diff();
        List<TemplateHTMLOutputModel> charts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String baseUrl = pages.site().baseUrl();
        for (ProjectDiff.JourneyChange c : report.diff().changed()) {
            Journey before = c.base();
            Journey after = c.head();
            List<Step> steps = after.steps().toList();
            List<CurveSeries> series = new ArrayList<>();
            for (String persona : before.personaIds()) {
                series.add(new CurveSeries(pages.label("before") + ": " + pages.name(persona),
                        pages.values(before.steps().toList(), persona), true));
            }
            for (String persona : after.personaIds()) {
                series.add(new CurveSeries(pages.label("after") + ": " + pages.name(persona),
                        pages.values(steps, persona), false));
            }
            EmotionCurve curve = new EmotionCurve(after.title(), steps.stream()
                    .map(st -> new EmotionCurve.Point(st.id(), st.name(), st.momentOfTruth())).toList(), series,
                    pages.scale(), pages.words());
            // points link to the published map when its address is known; otherwise the lines alone
            String link = baseUrl == null ? null : baseUrl + "journeys/" + after.id() + ".html#step-";
            charts.add(pages.markup(curve.svg("diff-" + after.id(), link)));
            titles.add(after.title());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", pages.label("diffTitle"));
        // the page shows the curves instead of the Mermaid source the comment carries
        String text = report.markdown().replaceAll("(?s)<details>.*?</details>\\n*", "");
        model.put("report", pages.markup(pages.markdown().reportToHtml(text)));
        model.put("charts", charts);
        model.put("chartTitles", titles);
        pages.page("diff.ftlh", "index.html", model);
    }
}
