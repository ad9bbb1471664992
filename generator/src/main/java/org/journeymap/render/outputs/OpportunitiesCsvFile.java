package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.journeymap.render.OpportunitiesCsv;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
/** The opportunities and pain points as CSV, for spreadsheets and backlogs, in the site's words. */
public final class OpportunitiesCsvFile implements Output {

    @Override
    public String name() {
        return "opportunities-csv";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.MEASUREMENTS, Input.SITE);
    }

    @Override
    public List<String> writes() {
        return List.of("data/opportunities.csv");
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        String baseUrl = pages.site().baseUrl();
        try (java.io.Writer csv = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                pages.open("data/opportunities.csv"), java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            OpportunitiesCsv.write(OpportunitiesPage.rows(pages), pages.label("csvHeader"), baseUrl == null ? ""
                    : baseUrl, csv);
        }
    }
}

