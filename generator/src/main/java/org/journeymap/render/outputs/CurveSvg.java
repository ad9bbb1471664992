package org.journeymap.render.outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.journeymap.model.Journey;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;

/**
 * A journey's emotion curve as a picture of its own ({@link org.journeymap.render.CurvePicture}),
 * for slides and documents: its stages and steps by name, its personas, its baseline's curve when
 * it is a future state, a legend, in the journey's language.
 */
public final class CurveSvg implements Output {

    @Override
    public String name() {
        return "curve-svg";
    }

    @Override
    public Scope scope() {
        return Scope.JOURNEY;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.SUBJECT, Input.NEIGHBOURS, Input.PERSONAS, Input.SITE, Input.MEASUREMENTS);
    }

    @Override
    public List<String> writes() {
        return List.of("journeys/{id}.svg");
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        pages.write("journeys/" + id + ".svg", standalone(pages, pages.journey(id)).getBytes(StandardCharsets.UTF_8));
    }

    /** The SVG as published, which the PNG is painted from. */
    static String standalone(Pages pages, Journey j) {
        return pages.pictureOf(j).svg(j.id() + ".html#step-");
    }
}

