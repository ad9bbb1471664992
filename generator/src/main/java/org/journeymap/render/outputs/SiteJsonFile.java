package org.journeymap.render.outputs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.journeymap.interchange.SiteJson;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
/** The whole project as JSON (its schema is schema/site-json.schema.json), for other tools. */
public final class SiteJsonFile implements Output {

    @Override
    public String name() {
        return "site-json";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.MEASUREMENTS, Input.PERSONAS, Input.TOUCHPOINTS, Input.SITE);
    }

    @Override
    public List<String> writes() {
        return List.of("data/site.json");
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        try (OutputStream json = pages.open("data/site.json")) {
            if (pages.keepsJson()) {
                // the live preview: the JSON of journeys that did not change is kept
                SiteJson.write(pages.project(), json, pages::journeyJson);
            } else {
                SiteJson.write(pages.project(), json);
            }
        }
    }
}

