package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
/**
 * The images the pages show (avatars, pictures in Markdown fields), copied from the source
 * folder as they are. Written after every page: what the pages showed is what is copied. It reads
 * every kind of file, since any page may show an image, so it is copied again on every build.
 */
public final class Images implements Output {

    @Override
    public String name() {
        return "images";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return java.util.EnumSet.allOf(Input.class);
    }

    @Override
    public List<String> writes() {
        return List.of("{image}");
    }

    @Override
    public boolean afterPages() {
        return true;
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        pages.copyImages();
    }
}

