package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
/** The page a web server shows for an address the site does not have. */
public final class NotFoundPage implements Output {

    @Override
    public String name() {
        return "not-found";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.SITE, Input.TEMPLATES, Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("404.html");
    }

    @Override
    public List<String> templates() {
        return List.of("404.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        pages.page("404.ftlh", "404.html", Map.of("title", pages.label("notFound")));
    }
}

