package org.journeymap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.journeymap.Validation;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Rule;
import org.journeymap.model.Journey;
import org.journeymap.testing.DocExamples;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every example in docs/format.md does what the page says. */
class DocsExamplesTest {

    @TempDir
    Path temp;

    @Test
    void validExamplesMakeAProjectWithoutASingleFinding() throws Exception {
        DocExamples docs = DocExamples.load();
        assertTrue(docs.valid.size() >= 5, "the page lost its examples");
        Validation v = Sources.validate(docs.writeProject(temp));
        assertEquals(List.of(), v.findings());
        assertEquals(docs.valid.size(), v.fileCount());
        Journey sofa = v.project().journey("buy-sofa-online").orElseThrow();
        assertEquals("e-commerce", sofa.group());
        assertEquals("purchase", sofa.stages().get(1).id());
        assertEquals("platnosc-karta", sofa.stages().get(1).steps().get(0).id());
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesRaiseTheFindingShown() throws Exception {
        DocExamples docs = DocExamples.load();
        assertFalse(docs.invalid.isEmpty());
        return docs.invalid.stream().map(example -> DynamicTest.dynamicTest(
                "docs/format.md:" + example.line() + " " + example.rule(), () -> {
                    Path root = docs.writeProject(temp.resolve("line-" + example.line()));
                    Sources.write(root, java.util.Map.of(example.path(), example.content()));
                    Validation v = Sources.validate(root);
                    List<Finding> raised = v.findings().stream()
                            .filter(f -> f.rule().id().equals(example.rule())).toList();
                    assertFalse(raised.isEmpty(), "no " + example.rule() + " in " + v.findings());
                    assertTrue(raised.stream().anyMatch(f -> f.message().equals(example.message())),
                            "the page shows `" + example.message() + "` but validate says " + raised);
                    assertTrue(v.hasErrors());
                }));
    }

    @Test
    void everyRuleIsDocumented() throws Exception {
        String page = DocExamples.load().text;
        for (Rule rule : Rule.values()) {
            String row = "| `" + rule.id() + "` |";
            assertTrue(page.contains(row), "docs/format.md has no row for " + rule.id());
            if (rule.configurable()) {
                assertTrue(page.contains(row + " " + rule.defaultSeverity().word() + " |"),
                        "docs/format.md gives the wrong default for " + rule.id());
            }
        }
    }
}
