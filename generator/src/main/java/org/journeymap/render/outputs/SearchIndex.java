package org.journeymap.render.outputs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeymap.model.Journey;
import org.journeymap.model.Opportunity;
import org.journeymap.model.PainPoint;
import org.journeymap.model.Persona;
import org.journeymap.render.Insights;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;
import org.journeymap.render.ScriptSafeWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search page and its index, a script file so that search works offline and from file://.
 * data/search-index.js: {k: the kinds' names, p: every journey and persona page as [title, url],
 * e: every journey, persona, step, pain point and opportunity as [kind, page, title, text,
 * anchor]}, each page's title and address written once rather than in each of its entries;
 * streamed to the file (at thousands of journeys it is megabytes) through {@link ScriptSafeWriter}.
 */
public final class SearchIndex implements Output {

    private static final List<String> KINDS = List.of("journeys", "persona", "step", "painPoint", "opportunity");
    /** Its generators leave the script open: the script goes on after the object. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public String name() {
        return "search";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.PERSONAS, Input.SITE, Input.TEMPLATES, Input.FILES);
    }

    @Override
    public List<String> writes() {
        return List.of("search.html", "data/search-index.js");
    }

    @Override
    public List<String> templates() {
        return List.of("search.ftlh");
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        List<Journey> journeys = pages.project().journeys();
        List<Persona> personas = pages.project().personas();
        Map<String, Integer> pageOf = new HashMap<>();
        try (OutputStream file = pages.open("data/search-index.js");
             Writer script = new ScriptSafeWriter(new BufferedWriter(new OutputStreamWriter(file,
                     StandardCharsets.UTF_8)))) {
            script.write("window.journeymapSearch = ");
            try (JsonGenerator index = JSON.createGenerator(script)) {
                index.writeStartObject();
                index.writeArrayPropertyStart("k");
                for (String kind : KINDS) {
                    index.writeString(pages.label(kind));
                }
                index.writeEndArray();
                index.writeArrayPropertyStart("p");
                for (Journey j : journeys) {
                    pageOf.put("j " + j.id(), pageOf.size());
                    index.writeArray(new String[] {j.title(), "journeys/" + j.id() + ".html"}, 0, 2);
                }
                for (Persona p : personas) {
                    pageOf.put("p " + p.id(), pageOf.size());
                    index.writeArray(new String[] {p.name(), "personas/" + p.id() + ".html"}, 0, 2);
                }
                index.writeEndArray();
                index.writeArrayPropertyStart("e");
                for (Journey j : journeys) {
                    entry(index, 0, pageOf.get("j " + j.id()), j.title(), String.join(" ", j.tags()) + " "
                            + Optional.ofNullable(j.scenario()).orElse("") + " " + Optional.ofNullable(j.owner())
                            .orElse(""), "");
                }
                for (Persona p : personas) {
                    entry(index, 1, pageOf.get("p " + p.id()), p.name(), String.join(" ", Arrays.asList(
                            Optional.ofNullable(p.role()).orElse(""), Optional.ofNullable(p.quote()).orElse(""),
                            Optional.ofNullable(p.about()).orElse(""), String.join(" ", p.goals()),
                            String.join(" ", p.frustrations()))), "");
                }
                for (Insights.Place p : pages.places()) {
                    int page = pageOf.get("j " + p.journey().id());
                    String anchor = "step-" + p.step().id();
                    entry(index, 2, page, p.step().name(), String.join(" ",
                            Optional.ofNullable(p.step().description()).orElse(""),
                            String.join(" ", p.step().actions()), String.join(" ", p.step().thoughts())), anchor);
                    for (PainPoint pp : p.step().painPoints()) {
                        entry(index, 3, page, pp.text(), p.step().name(), anchor);
                    }
                    for (Opportunity o : p.step().opportunities()) {
                        entry(index, 4, page, o.title(), p.step().name() + " " + Optional.ofNullable(o.owner())
                                .orElse(""), anchor);
                    }
                }
                index.writeEndArray();
                index.writeEndObject();
            }
            script.write(";\n");
        }
        pages.page("search.ftlh", "search.html", Map.of("title", pages.label("search")));
    }

    private static void entry(JsonGenerator index, int kind, int page, String title, String text, String anchor) {
        index.writeStartArray();
        index.writeNumber(kind);
        index.writeNumber(page);
        index.writeString(title);
        index.writeString(searchText(text));
        index.writeString(anchor);
        index.writeEndArray();
    }

    /**
     * Text for the search index: Markdown's marks (* _ ` # >) dropped, runs of white space made one
     * space, trimmed. One pass: it runs for every step, pain point and opportunity of the portfolio.
     */
    static String searchText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*', '_', '`', '#', '>' -> {
                }
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> space = true;
                default -> {
                    if (space && out.length() > 0) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
