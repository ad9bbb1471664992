package org.journeymap.render.outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.journeymap.interchange.MermaidExport;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;

/** A journey as a Mermaid {@code journey} diagram, to paste into wikis and issues. */
public final class MermaidFile implements Output {

    @Override
    public String name() {
        return "mermaid";
    }

    @Override
    public Scope scope() {
        return Scope.JOURNEY;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.SUBJECT, Input.PERSONAS, Input.SITE);
    }

    @Override
    public List<String> writes() {
        return List.of("journeys/{id}.mmd");
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        pages.write("journeys/" + id + ".mmd", MermaidExport.journey(pages.journey(id), pages.project())
                .getBytes(StandardCharsets.UTF_8));
    }
}

