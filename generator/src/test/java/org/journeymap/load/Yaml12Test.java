package org.journeymap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.journeymap.Validation;
import org.journeymap.finding.Findings;
import org.journeymap.model.Step;
import org.journeymap.output.MemoryOutput;
import org.journeymap.testing.Sites;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What YAML 1.2 accepts and YAML 1.1 did not: the forms editors read as the author meant them. */
class Yaml12Test {

    @TempDir
    Path temp;

    private static YNode parse(String yaml) {
        Findings findings = new Findings();
        Optional<YNode> node = new YamlReader().parse(Path.of("journeys/x.yaml"), yaml, findings);
        assertEquals(List.of(), findings.settle(Map.of()), yaml);
        return node.orElseThrow();
    }

    private static List<String> items(YNode node, String key) {
        YNode value = ((YNode.Mapping) node).entries().stream().filter(e -> e.key().value().equals(key))
                .findFirst().orElseThrow().value();
        if (value instanceof YNode.Sequence s) {
            return s.items().stream().map(i -> ((YNode.Scalar) i).value()).collect(Collectors.toList());
        }
        return ((YNode.Mapping) value).entries().stream()
                .map(e -> e.key().value() + "=" + ((YNode.Scalar) e.value()).value()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[Is it comfortable?]            | Is it comfortable?",
        "[a?b]                           | a?b",
        "[Nice colours, but is it comfortable?] | Nice colours;but is it comfortable?",
        "[who?, what:now, 'a: b']        | who?;what:now;a: b",
        "[Ładne kolory, ale czy wygodna?] | Ładne kolory;ale czy wygodna?",
        "[Где меньше комиссия?]          | Где меньше комиссия?",
        "{note: what now?}               | note=what now?",
        "{note: a?b, why?: because}      | note=a?b;why?=because",
    })
    void questionMarksAndColonsInFlowCollectionsArePlainText(String flow, String expected) {
        assertEquals(List.of(expected.split(";")), items(parse("thoughts: " + flow + "\n"), "thoughts"));
    }

    @Test
    void yaml11WordsNumbersAndDatesStayTheTextWritten() {
        YNode node = parse("tags: [yes, no, on, off, 012, 1.10, 2026-05-01, Null, .inf, 0o17]\n");
        assertEquals(List.of("yes", "no", "on", "off", "012", "1.10", "2026-05-01", "Null", ".inf", "0o17"),
                items(node, "tags"));
    }

    @Test
    void theFormatsOwnExampleValidatesAndRendersBothThoughtsInEveryLanguage() throws Exception {
        String journey = """
                title: %s
                persona: anna
                language: %s
                stages:
                  - name: %s
                    steps:
                      - name: %s
                        emotion: 1
                        thoughts: [%s, %s]
                """;
        List<List<String>> cases = List.of(
                List.of("Buying a sofa", "en", "Browse", "Looks", "Nice colours", "but is it comfortable?"),
                List.of("Kupno sofy", "pl", "Przegląd", "Ogląda", "Ładne kolory", "ale czy wygodna?"),
                List.of("Смена тарифа", "ru", "Выбор", "Сравнивает", "Понятно", "Где меньше комиссия?"));
        for (List<String> c : cases) {
            Path root = Sources.project(temp.resolve(c.get(1)), Map.of("journeys/buy.yaml",
                    journey.formatted(c.toArray())));
            Validation v = Sources.validate(root);
            assertEquals(List.of(), v.findings(), c.get(1));
            Step step = v.project().journeys().get(0).stages().get(0).steps().get(0);
            assertEquals(List.of(c.get(4), c.get(5)), step.thoughts());
            MemoryOutput site = Sites.render(root);
            String page = site.text("journeys/buy.html");
            assertTrue(page.contains(">" + c.get(4) + "<"), c.get(4));
            assertTrue(page.contains(">" + c.get(5) + "<"), c.get(5));
        }
    }
}
