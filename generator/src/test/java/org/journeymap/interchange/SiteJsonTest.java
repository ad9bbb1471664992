package org.journeymap.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.journeymap.Validation;
import org.journeymap.testing.Sites;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SiteJsonTest {

    @Test
    void siteJsonMatchesItsSchemaAndLeaksNoPath() throws Exception {
        for (java.nio.file.Path source : List.of(Sites.sample(), Sites.fixture())) {
            Validation v = Sources.validate(source);
            String json = SiteJson.json(v.project());
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SiteJson.schema());
            JsonNode doc = JsonMapper.builder().build().readTree(json);
            assertEquals(List.of(), schema.validate(doc), source.toString());
            assertFalse(json.contains(source.toString()), "no absolute path in site.json");
            assertFalse(json.contains("\"line\""), "no source positions");
            assertEquals(v.project().journeys().size(), doc.get("journeys").size());
            assertTrue(doc.get("journeys").get(0).get("stages").get(0).get("steps").get(0).has("name"));
            // what is empty or false is left out, as the schema's description says
            assertFalse(json.contains("[]") || json.contains("{}") || json.contains(":false"), json);
        }
    }

    /** The live preview writes site.json from each journey's JSON kept apart: the same bytes. */
    @Test
    void theDocumentFromEachJourneysOwnJsonIsTheSameDocument() throws Exception {
        for (java.nio.file.Path source : List.of(Sites.sample(), Sites.fixture())) {
            Validation v = Sources.validate(source);
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            SiteJson.write(v.project(), whole);
            java.io.ByteArrayOutputStream pieces = new java.io.ByteArrayOutputStream();
            SiteJson.write(v.project(), pieces, SiteJson::journey);
            assertEquals(whole.toString(java.nio.charset.StandardCharsets.UTF_8),
                    pieces.toString(java.nio.charset.StandardCharsets.UTF_8), source.toString());
        }
    }

    @Test
    void theSchemaRejectsWhatTheModelCannotHold() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SiteJson.schema());
        JsonNode bad = JsonMapper.builder().build().readTree("{\"journeys\": [{\"state\": \"someday\"}], \"extra\": 1}");
        assertFalse(schema.validate(bad).isEmpty());
    }

    /** Measured values are written by hand, for speed; they come out as every other record does. */
    @Test
    void aMeasurementIsWrittenAsItsRecordIs() throws Exception {
        java.util.List<org.journeymap.model.Measurement> rows = new java.util.ArrayList<>(
                Sources.validate(Sites.sample()).project().measurements());
        assertFalse(rows.isEmpty(), "the sample project has measurement files");
        org.journeymap.model.Position at = new org.journeymap.model.Position(java.nio.file.Path.of("m.csv"), 2, 1);
        rows.add(new org.journeymap.model.Measurement("j", null, "stage-1", "nps", -12.5, "2026-10-01",
                java.time.LocalDate.of(2026, 10, 1), null, null, "a \"quoted\" note", at, java.util.Map.of()));
        rows.add(new org.journeymap.model.Measurement("j", "s", null, "csat", 4, "2026-10",
                java.time.LocalDate.of(2026, 10, 1), "pat", "Survey", null, at, java.util.Map.of()));
        JsonMapper mapper = JsonMapper.builder().build();
        for (org.journeymap.model.Measurement m : rows) {
            java.io.StringWriter byHand = new java.io.StringWriter();
            try (tools.jackson.core.JsonGenerator g = mapper.createGenerator(byHand)) {
                SiteJson.measurement(g, m);
            }
            java.io.StringWriter asRecord = new java.io.StringWriter();
            try (tools.jackson.core.JsonGenerator g = mapper.createGenerator(asRecord)) {
                SiteJson.record(g, m);
            }
            assertEquals(asRecord.toString(), byHand.toString(), m.toString());
        }
    }
}
