package org.journeymap.render.outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.journeymap.format.Format;
import org.journeymap.interchange.SiteJson;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.schema.JsonSchemaWriter;
/** The JSON Schemas of site.json and of each kind of source file, for editors and other tools. */
public final class Schemas implements Output {

    @Override
    public String name() {
        return "schemas";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of();
    }

    @Override
    public List<String> writes() {
        return List.of("schema/site-json.schema.json", "schema/{kind}.schema.json");
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        pages.write("schema/site-json.schema.json", SiteJson.schema().getBytes(StandardCharsets.UTF_8));
        JsonSchemaWriter schemas = new JsonSchemaWriter();
        for (Format.FileKind kind : Format.FileKind.values()) {
            pages.write("schema/" + JsonSchemaWriter.fileName(kind), schemas.toJson(kind).getBytes(StandardCharsets.UTF_8));
        }
    }
}

