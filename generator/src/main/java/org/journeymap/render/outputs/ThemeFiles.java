package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
/**
 * The theme's stylesheet, script and icon with the project's static/ files on top, and the
 * stylesheet of the words the theme's CSS shows, in the site's language.
 */
public final class ThemeFiles implements Output {

    @Override
    public String name() {
        return "theme-files";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.SITE, Input.STATIC);
    }

    @Override
    public List<String> writes() {
        return List.of("theme/{file}");
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        for (Map.Entry<String, byte[]> f : pages.theme().staticFiles().entrySet()) {
            pages.write(f.getKey(), f.getValue());
        }
        pages.write(Pages.LABELS_CSS, Pages.labelsCss(pages.labels()));
    }
}

