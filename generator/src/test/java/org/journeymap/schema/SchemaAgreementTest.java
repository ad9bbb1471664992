package org.journeymap.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.journeymap.Validation;
import org.journeymap.format.Format;
import org.journeymap.testing.DocExamples;
import org.journeymap.testing.Sources;
import org.journeymap.testing.YamlAsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas and the validator agree: every valid example passes both, and every invalid
 * example that a schema can express fails both.
 */
class SchemaAgreementTest {

    private static final Map<Format.FileKind, Schema> SCHEMAS = new EnumMap<>(Format.FileKind.class);

    @TempDir
    Path temp;

    @BeforeAll
    static void compileSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        JsonSchemaWriter writer = new JsonSchemaWriter();
        for (Format.FileKind kind : Format.FileKind.values()) {
            SCHEMAS.put(kind, registry.getSchema(writer.toJson(kind)));
        }
    }

    static Format.FileKind kindOf(String path) {
        if (path.startsWith("personas/")) {
            return Format.FileKind.PERSONA;
        }
        if (path.startsWith("journeys/")) {
            return Format.FileKind.JOURNEY;
        }
        return path.startsWith("site.") ? Format.FileKind.SITE : Format.FileKind.TOUCHPOINTS;
    }

    static List<Error> schemaErrors(String path, String yaml) {
        JsonNode json = YamlAsJson.convert(yaml).orElseThrow(() -> new AssertionError(path + " is not YAML"));
        return SCHEMAS.get(kindOf(path)).validate(json);
    }

    @TestFactory
    Stream<DynamicTest> validExamplesPassTheSchemas() throws Exception {
        DocExamples docs = DocExamples.load();
        return docs.valid.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertEquals(List.of(), schemaErrors(e.getKey(), e.getValue()))));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesTheSchemaCanExpressFailBoth() throws Exception {
        DocExamples docs = DocExamples.load();
        List<DocExamples.Invalid> expressible = docs.invalid.stream().filter(DocExamples.Invalid::schema).toList();
        assertTrue(expressible.size() >= 5, "too few schema-expressible examples to prove anything");
        return expressible.stream().map(example -> DynamicTest.dynamicTest(
                "docs/format.md:" + example.line() + " " + example.rule(), () -> {
                    assertFalse(schemaErrors(example.path(), example.content()).isEmpty(),
                            "the schema accepts what the validator rejects as " + example.rule());
                    Path root = docs.writeProject(temp.resolve("line-" + example.line()));
                    Sources.write(root, Map.of(example.path(), example.content()));
                    assertTrue(Sources.validate(root).hasErrors());
                }));
    }

    @Test
    void schemaCasesAgreeBothWays() throws Exception {
        // small files for corners the docs do not show: [path, yaml, valid?]
        String[][] cases = {
            {"site.yaml", "title: 2026\nlanguage: pl\nrules: {funnel-grows: off}\n", "true"},
            {"site.yaml", "rules: {unknown-key: off}\n", "false"},
            {"site.yaml", "language: de\n", "false"},
            {"site.yaml", "emotionScale: {min: 1, max: 5}\n", "true"},
            {"site.yaml", "emotionScale: {min: 1.5, max: 5}\n", "false"},
            {"touchpoints.yaml", "touchpoints:\n  - {id: shop, name: Shop, kind: indirect}\n", "true"},
            {"touchpoints.yaml", "touchpoints:\n  - {id: Shop_1, name: Shop}\n", "false"},
            {"touchpoints.yaml", "touchpoints:\n  - {id: shop}\n", "false"},
            {"personas/anna.yaml", "name: Anna\nfacts: {Age: 29}\ngoals: One goal\n", "true"},
            {"personas/anna.yaml", "name: Anna\navatar: assets/anna.exe\n", "false"},
            {"journeys/j.yaml", "title: J\npersona: anna\nstages: []\n", "false"},
            {"journeys/j.yaml", "title: J\npersona: anna\nstages:\n  - name: S\n    reach: -1\n    steps: [{name: x}]\n", "false"},
            {"journeys/j.yaml", "title: J\npersona: anna\nstages:\n  - name: S\n    steps: [{name: x, momentOfTruth: yes}]\n", "false"},
            {"journeys/j.yaml", "title: J\npersona: anna\nstages:\n  - name: S\n    steps: [{name: x, metrics: {csat: \"4.5\"}}]\n", "true"},
            {"journeys/j.yaml", "title: J\npersona: anna\nstages:\n  - name: S\n    steps: [{name: x, painPoints: [a, {text: b}]}]\n", "true"},
            {"journeys/j.yaml", "title: J\npersona: anna\nstages:\n  - name: S\n    steps: [{name: x, opportunities: [{title: t, status: doing}]}]\n", "false"},
            {"journeys/j.yaml", "title: J\npersona: anna\nowner:\nstages:\n  - name: S\n    steps: [{name: x}]\n", "false"},
        };
        List<String> disagreements = new ArrayList<>();
        for (String[] c : cases) {
            boolean expected = Boolean.parseBoolean(c[2]);
            boolean schemaValid = schemaErrors(c[0], c[1]).isEmpty();
            Path root = temp.resolve("case-" + disagreements.size() + "-" + Math.abs(c[1].hashCode()));
            Sources.write(root, Map.of(c[0], c[1]));
            Validation v = Sources.validate(root);
            boolean validatorValid = v.findings().stream()
                    .noneMatch(f -> f.isError() && f.at().file().endsWith(c[0])
                            && !f.rule().id().startsWith("unknown-persona"));
            if (schemaValid != expected || validatorValid != expected) {
                disagreements.add(c[0] + " " + c[1].replace("\n", "\\n") + " expected " + expected + ", schema "
                        + schemaValid + ", validator " + validatorValid + " " + v.findings());
            }
        }
        assertEquals(List.of(), disagreements);
    }
}
