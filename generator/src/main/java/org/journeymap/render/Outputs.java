package org.journeymap.render;

import java.util.List;
import org.journeymap.render.outputs.AtomFeed;
import org.journeymap.render.outputs.ChangesPage;
import org.journeymap.render.outputs.ComparePage;
import org.journeymap.render.outputs.CurvePng;
import org.journeymap.render.outputs.CurveSvg;
import org.journeymap.render.outputs.DiffPage;
import org.journeymap.render.outputs.HistoryPage;
import org.journeymap.render.outputs.Images;
import org.journeymap.render.outputs.JourneyPage;
import org.journeymap.render.outputs.MermaidFile;
import org.journeymap.render.outputs.NotFoundPage;
import org.journeymap.render.outputs.MeasurementsCsvFile;
import org.journeymap.render.outputs.OpportunitiesCsvFile;
import org.journeymap.render.outputs.OpportunitiesPage;
import org.journeymap.render.outputs.PersonaPage;
import org.journeymap.render.outputs.PortfolioPage;
import org.journeymap.render.outputs.Schemas;
import org.journeymap.render.outputs.SearchIndex;
import org.journeymap.render.outputs.SiteJsonFile;
import org.journeymap.render.outputs.Sitemap;
import org.journeymap.render.outputs.ThemeFiles;
import org.journeymap.render.outputs.TouchpointsPage;

/**
 * Every kind of file journeymap writes, in one place. The renderer renders what is listed here,
 * the build cache records each output by what it reads, and the live preview re-renders the
 * outputs whose inputs an edit changed. A new kind of page is a class listed here, its template
 * and its labels.
 */
public final class Outputs {

    /** The site, in the order its outputs are started: the largest site-wide pages first. */
    public static final List<Output> SITE = List.of(new PortfolioPage(), new TouchpointsPage(),
            new OpportunitiesPage(), new SearchIndex(), new SiteJsonFile(), new OpportunitiesCsvFile(),
            new MeasurementsCsvFile(),
            new Schemas(), new NotFoundPage(), new Sitemap(), new ThemeFiles(), new JourneyPage(),
            new ComparePage(), new HistoryPage(), new ChangesPage(), new AtomFeed(), new CurveSvg(), new CurvePng(),
            new MermaidFile(), new PersonaPage(), new Images());

    /** The diff command's page, with the theme's files it needs. */
    public static final List<Output> DIFF = List.of(new DiffPage(), new ThemeFiles());

    private Outputs() {
    }

    /** Whose outputs of this kind a project has: its journeys' or personas' ids, or the site's (null). */
    public static List<String> subjects(Output output, org.journeymap.model.Project project) {
        return switch (output.scope()) {
            case JOURNEY -> project.journeys().stream().map(org.journeymap.model.Journey::id).toList();
            case PERSONA -> project.personas().stream().map(org.journeymap.model.Persona::id).toList();
            case SITE, DIFF -> java.util.Collections.singletonList(null);
        };
    }
}
