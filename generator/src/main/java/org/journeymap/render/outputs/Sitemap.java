package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
/** The sitemap of every journey's and persona's page, when the site knows its address (baseUrl). */
public final class Sitemap implements Output {

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.PERSONAS, Input.SITE, Input.TEMPLATES);
    }

    @Override
    public List<String> writes() {
        return List.of("sitemap.xml");
    }

    @Override
    public List<String> templates() {
        return List.of("sitemap.ftlx");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return pages.site().baseUrl() != null;
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        String base = pages.site().baseUrl();
        List<String> urls = new ArrayList<>();
        urls.add(base);
        pages.project().journeys().forEach(j -> urls.add(base + "journeys/" + j.id() + ".html"));
        pages.project().personas().forEach(p -> urls.add(base + "personas/" + p.id() + ".html"));
        if (pages.history() != null) {
            urls.add(base + "changes.html");
            pages.project().journeys().forEach(j -> urls.add(base + "history/" + j.id() + ".html"));
        }
        pages.page("sitemap.ftlx", "sitemap.xml", Map.of("title", "sitemap", "urls", urls));
    }
}

