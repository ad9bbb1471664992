package org.journeymap.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journeymap.Validation;
import org.journeymap.cli.Main;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Journey;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mermaid journey diagrams out and in, with samples of the kinds found in repositories. */
class MermaidTest {

    @TempDir
    Path temp;

    private static String sample(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/mermaid", name), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentationExampleReadsAsWritten() throws Exception {
        MermaidImport.Diagram d = MermaidImport.parse(sample("working-day.mmd"));
        assertEquals("My working day", d.title());
        assertEquals(List.of("Go to work", "Go home"), d.sections().stream().map(MermaidImport.Section::name).toList());
        assertEquals(List.of("Me", "Cat"), List.copyOf(d.actors()));
        MermaidImport.Task work = d.sections().get(0).tasks().get(2);
        assertEquals("Do work", work.name());
        assertEquals(1, work.score());
        assertEquals(6, work.line());
    }

    @Test
    void paddingCrLfCommentsDirectivesAndAccessibilityLinesAreHandled() throws Exception {
        MermaidImport.Diagram d = MermaidImport.parse(sample("padded-crlf.mmd"));
        assertEquals("Checkout for returning customers", d.title(), "accTitle stands in for a missing title");
        assertEquals("Shoppers who already have an account", d.description());
        assertEquals(List.of("Review basket", "Enter card", "3-D Secure"),
                d.sections().stream().flatMap(s -> s.tasks().stream()).map(MermaidImport.Task::name).toList());
        assertEquals(2, d.sections().get(1).tasks().get(0).score());
    }

    @Test
    void tasksWithoutASectionOrActorsAreKept() throws Exception {
        MermaidImport.Diagram d = MermaidImport.parse(sample("no-sections.mmd"));
        assertEquals(1, d.sections().size());
        assertEquals(List.of(), d.sections().get(0).tasks().get(2).actors());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flowchart LR|1|starts with 'journey'",
        "journey\\ntitle x\\nsection A\\nOops no colon|4|is not a task",
        "journey\\nsection A\\nTask: high: Me|3|write a whole number from 1 to 5",
        "journey\\nsection A\\nTask: 9: Me|3|outside 1..5",
        "journey\\naccDescr {\\nnever closed|3|never closed",
        "journey\\ntitle Empty|2|no task",
    })
    void syntaxErrorsNameTheirLine(String text, int line, String message) {
        MermaidImport.MermaidException e = assertThrows(MermaidImport.MermaidException.class,
                () -> MermaidImport.parse(text.replace("\\n", "\n")));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void frontMatterIsASyntaxErrorAtItsLine() {
        assertEquals(1, assertThrows(MermaidImport.MermaidException.class,
                () -> MermaidImport.parse(sample("multi-line-description.mmd"))).line());
    }

    @Test
    void scoresMapLinearlyOntoTheScale() {
        assertEquals(-2, MermaidImport.emotion(1, EmotionScale.DEFAULT));
        assertEquals(0, MermaidImport.emotion(3, EmotionScale.DEFAULT));
        assertEquals(2, MermaidImport.emotion(5, EmotionScale.DEFAULT));
        EmotionScale wide = new EmotionScale(1, 10, Map.of());
        assertEquals(5.5, MermaidImport.emotion(3, wide));
        assertEquals(1, MermaidExport.score(-2, EmotionScale.DEFAULT));
        assertEquals(4, MermaidExport.score(1, EmotionScale.DEFAULT));
        assertEquals(5, MermaidExport.score(2, EmotionScale.DEFAULT));
    }

    @Test
    void importedFoldersValidateAndExportReadsBackTheSameMap() throws Exception {
        Files.copy(Path.of("src/test/resources/mermaid/working-day.mmd"), temp.resolve("working-day.mmd"));
        StringWriter out = new StringWriter();
        int status = Main.run(new String[] {"import-mermaid", "working-day.mmd", "--into", "src"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()), temp);
        assertEquals(0, status, out.toString());
        assertTrue(Files.exists(temp.resolve("src/personas/me.yaml")) && Files.exists(temp.resolve("src/personas/cat.yaml")));
        Validation v = Sources.validate(temp.resolve("src"));
        assertTrue(!v.hasErrors(), v.findings().toString());
        Journey j = v.project().journey("working-day").orElseThrow();
        String exported = MermaidExport.journey(j, v.project());
        MermaidImport.Diagram back = MermaidImport.parse(exported);
        MermaidImport.Diagram original = MermaidImport.parse(sample("working-day.mmd"));
        assertEquals(original.title(), back.title());
        assertEquals(original.sections().stream().map(s -> s.tasks().stream().map(t -> t.name() + "=" + t.score()).toList()).toList(),
                back.sections().stream().map(s -> s.tasks().stream().map(t -> t.name() + "=" + t.score()).toList()).toList());
        assertEquals(2, Main.run(new String[] {"import-mermaid", "working-day.mmd", "--into", "src"},
                new PrintWriter(out), new PrintWriter(new StringWriter()), temp), "an existing journey is not overwritten");
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineWithExitStatusOne() throws Exception {
        Files.writeString(temp.resolve("bad.mmd"), "journey\n  section A\n    Task without score\n");
        StringWriter out = new StringWriter();
        assertEquals(1, Main.run(new String[] {"import-mermaid", "bad.mmd", "--into", "src"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()), temp));
        assertTrue(out.toString().startsWith("bad.mmd:3:1: error: 'Task without score' is not a task"), out.toString());
    }

    @Test
    void exportReplacesWhatBreaksMermaid() throws Exception {
        Validation v = Sources.validate(Sources.project(temp, Map.of("personas/anna.yaml", "name: \"Anna, Jr.\"\n",
                "journeys/buy.yaml", Sources.JOURNEY.replace("title: Buying", "title: \"Buying: #1; best\"")
                        .replace("name: Looks", "name: \"Looks: at #sofas; then, leaves\""))));
        String m = MermaidExport.journey(v.project().journeys().get(0), v.project());
        assertEquals("journey\n  title Buying∶ ＃1; best\n  section Browse\n    Looks∶ at ＃sofas; then, leaves: 4: Anna‚ Jr.\n"
                .replace(";", "\u037e"), m);
        assertEquals("Looks∶ at ＃sofas\u037e then, leaves", MermaidImport.parse(m).sections().get(0).tasks().get(0).name());
    }
}
