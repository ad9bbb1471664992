package org.journeymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    @TempDir
    Path temp;

    private CliRun run(String... args) {
        return CliRun.of(temp, args);
    }

    private void broken() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of(
                "journeys/buy.yaml", Sources.JOURNEY.replace("emotion: 1", "emotion: 3"),
                "personas/ben.yaml", "name: Ben\n"));
    }

    @Test
    void cleanFolderExitsZeroWithASummary() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of());
        CliRun r = run("validate", "src/journeys");
        assertEquals(0, r.status(), r.err());
        assertEquals("0 errors, 0 warnings in 2 files\n", r.out().replace("\r", ""));
    }

    @Test
    void quietPrintsOnlyTheFindings() throws Exception {
        broken();
        CliRun r = run("validate", "--quiet", "src/journeys");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("error: emotion 3 is outside the scale"), r.out());
        assertFalse(r.out().contains(" errors, ") || r.out().contains(" error, "), "no summary line: " + r.out());
        assertEquals("", r.err());

        Sources.project(temp.resolve("clean"), Map.of());
        CliRun build = run("build", "-q", "clean", "-o", "site");
        assertEquals(0, build.status(), build.err());
        assertEquals("", build.out() + build.err());
        assertTrue(java.nio.file.Files.exists(temp.resolve("site/index.html")));
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of("personas/ben.yaml", "name: Ben\n"));
        CliRun r = run("validate", "src/journeys");
        assertEquals(0, r.status());
        assertTrue(r.out().endsWith("0 errors, 1 warning in 3 files\n"), r.out());
    }

    @Test
    void textFormatPrintsPathsRelativeToTheCurrentFolder() throws Exception {
        broken();
        CliRun r = run("validate", "src/journeys");
        assertEquals(1, r.status());
        assertEquals("""
                src/journeys/journeys/buy.yaml:7:18: error: emotion 3 is outside the scale -2..2; write a number from -2 to 2 [emotion-out-of-scale]
                src/journeys/personas/ben.yaml:1:1: warning: no journey names the persona 'ben'; name it in a journey's persona or personas, or delete the file [persona-unused]
                1 error, 1 warning in 3 files
                """, r.out());
    }

    @Test
    void githubFormatPrintsWorkflowCommands() throws Exception {
        broken();
        CliRun r = run("validate", "--format", "github", "src/journeys");
        assertEquals(1, r.status());
        assertEquals("""
                ::error file=src/journeys/journeys/buy.yaml,line=7,col=18,title=emotion-out-of-scale::emotion 3 is outside the scale -2..2; write a number from -2 to 2
                ::warning file=src/journeys/personas/ben.yaml,line=1,col=1,title=persona-unused::no journey names the persona 'ben'; name it in a journey's persona or personas, or delete the file
                1 error, 1 warning in 3 files
                """, r.out());
    }

    @Test
    void jsonFormatIsOneArrayWithTheSummaryOnStandardError() throws Exception {
        broken();
        CliRun r = run("validate", "--format=json", "src/journeys");
        assertEquals(1, r.status());
        JsonNode findings = JsonMapper.builder().build().readTree(r.out());
        assertEquals(2, findings.size());
        JsonNode first = findings.get(0);
        assertEquals("src/journeys/journeys/buy.yaml", first.get("file").asString());
        assertEquals(7, first.get("line").asInt());
        assertEquals(18, first.get("column").asInt());
        assertEquals("error", first.get("severity").asString());
        assertEquals("emotion-out-of-scale", first.get("rule").asString());
        assertEquals("1 error, 1 warning in 3 files\n", r.err());
    }

    @Test
    void missingFolderIsAnIoProblem() {
        CliRun r = run("validate", "nowhere");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nowhere does not exist"), r.err());
    }

    @Test
    void unknownFormatIsAUsageProblem() throws Exception {
        Sources.project(temp, Map.of());
        CliRun r = run("validate", "--format", "xml", ".");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("'xml' is not a format; use text, github or json"), r.err());
    }

    @Test
    void unknownCommandAndMissingArgumentsAreUsageProblems() {
        assertEquals(2, run("render").status());
        assertEquals(2, run("validate").status());
        assertEquals(2, run().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "build", "diff", "schema"})
    void everyCommandHasHelp(String command) {
        CliRun r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: journeymap" + (command.isEmpty() ? "" : " " + command)), r.out());
        assertTrue(r.out().contains("Exit status") || command.equals("schema"), r.out());
        if (command.equals("build") || command.equals("validate")) {
            // picocli reads descriptions as format strings: a bare % would print them raw
            assertTrue(r.out().replaceAll("\\s+", "").contains("%LOCALAPPDATA%\\journeymap\\cache"), r.out());
        }
    }

    @Test
    void theListOfCommandsGivesEachOneAWholeSentence() {
        CliRun r = run("--help");
        String list = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit status"));
        // each command's summary, its wrapped lines joined, ends its sentence
        for (String entry : list.split("\n  (?=[a-z])")) {
            if (entry.startsWith("Commands:")) {
                continue;
            }
            String summary = entry.replaceAll("\\s+", " ").trim();
            assertTrue(summary.endsWith("."), "cut short: " + summary);
            assertFalse(summary.contains(". yaml"), "a file name broken at its dot: " + summary);
        }
    }

    /**
     * Every command's help reads whole: each paragraph of a description ends its sentence (none is
     * cut where a source line ended), and no word, path or file name is broken across lines.
     */
    @Test
    void everyCommandsHelpReadsWhole() {
        picocli.CommandLine cli = Main.commandLine(temp, Map.of());
        for (var command : cli.getSubcommands().entrySet()) {
            String[] description = command.getValue().getCommandSpec().usageMessage().description();
            for (String paragraph : description) {
                assertTrue(paragraph.replace("%n", "").strip().matches(".*[.:)]") || paragraph.startsWith("  "),
                        command.getKey() + ": a paragraph that does not end its sentence: " + paragraph);
            }
            CliRun help = run(command.getKey(), "--help");
            assertEquals(0, help.status(), command.getKey());
            String[] lines = help.out().split("\n");
            for (int i = 0; i + 1 < lines.length; i++) {
                String next = lines[i + 1].strip();
                boolean broken = lines[i].matches(".*[/%\\\\]$")
                        || lines[i].matches(".*\\S[.-]$") && next.matches("[a-z].*");
                assertFalse(broken, command.getKey() + ": a word broken across lines: " + lines[i] + " / " + next);
            }
        }
    }

    @Test
    void schemaWritesFourFiles() throws Exception {
        CliRun r = run("schema", "-o", "out/schema");
        assertEquals(0, r.status(), r.err());
        for (String kind : new String[] {"site", "touchpoints", "persona", "journey"}) {
            Path file = temp.resolve("out/schema/" + kind + ".schema.json");
            assertTrue(Files.readString(file).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""));
            assertTrue(r.out().contains(kind + ".schema.json"), r.out());
        }
    }

    @Test
    void buildWritesTheSiteAndABrokenSourceLeavesItUntouched() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of());
        CliRun first = run("build", "src/journeys", "-o", "target/site");
        assertEquals(0, first.status(), first.out() + first.err());
        assertTrue(first.out().endsWith(" files to target/site\nno history pages: the source folder is not in a git"
                + " work tree\n"), "the last line says why there is no history: " + first.out());
        Path index = temp.resolve("target/site/index.html");
        String published = Files.readString(index);
        assertTrue(Files.exists(temp.resolve("target/site/journeys/buy.html")));
        assertTrue(Files.exists(temp.resolve("target/site/journeys/buy.png")));

        Sources.write(temp.resolve("src/journeys"), Map.of("journeys/buy.yaml", "title: [broken\n"));
        CliRun second = run("build", "src/journeys", "-o", "target/site");
        assertEquals(1, second.status());
        assertTrue(second.out().contains("[yaml-syntax]"), second.out());
        assertTrue(second.out().contains("nothing written"), second.out());
        assertEquals(published, Files.readString(index));
        try (var siblings = Files.list(temp.resolve("target"))) {
            assertEquals(1, siblings.count(), "no temporary folder is left beside the site");
        }
    }

    @Test
    void aSecondBuildOfTheSameFilesSaysTheSiteIsUpToDateAndRepeatsTheFindings() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of("personas/ben.yaml", "name: Ben\n"));
        CliRun first = run("build", "--format", "github", "src/journeys", "-o", "target/site");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("::warning file=src/journeys/personas/ben.yaml"), first.out());
        CliRun second = run("build", "--format", "github", "src/journeys", "-o", "target/site");
        assertEquals(0, second.status(), second.err());
        assertEquals(first.out().replaceAll("wrote \\d+ files to target/site\nno history pages: .*\n", "\n"),
                second.out().replace("the site in target/site is up to date; nothing written", ""),
                "the same annotations and summary");
        assertTrue(second.out().endsWith("the site in target/site is up to date; nothing written\n"), second.out());
        CliRun forced = run("build", "--rebuild", "src/journeys", "-o", "target/site");
        assertEquals(0, forced.status(), forced.err());
        assertTrue(forced.out().contains("wrote "), forced.out());
    }

    @Test
    void buildRefusesAFolderItDidNotWrite() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of("../../docs/notes.md", "# mine\n"));
        CliRun r = run("build", "src/journeys", "-o", "docs");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("refusing to replace"), r.err());
        assertEquals("# mine\n", Files.readString(temp.resolve("docs/notes.md")));
        assertEquals(2, run("build", "src/journeys", "-o", ".").status(), "the current folder");
        assertEquals(2, run("build", "src/journeys", "-o", "src/journeys/site").status(), "inside the source");
    }

    @Test
    void buildKeepsItsCacheWhereToldAndNowhereWithNoCache() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of());
        assertEquals(0, run("build", "src/journeys", "-o", "target/site").status());
        assertTrue(Files.isDirectory(temp.resolve("xdg-cache/journeymap")), "the default: $XDG_CACHE_HOME/journeymap");
        assertTrue(run("build", "src/journeys", "-o", "target/site").out().contains("up to date"));

        CliRun named = run("build", "--cache-dir", "target/cache", "src/journeys", "-o", "target/site");
        assertEquals(0, named.status(), named.err());
        assertTrue(named.out().contains("wrote "), "a new cache knows no site: " + named.out());
        assertTrue(Files.isDirectory(temp.resolve("target/cache")));

        for (int i = 0; i < 2; i++) {
            CliRun none = run("build", "--no-cache", "src/journeys", "-o", "target/other");
            assertEquals(0, none.status(), none.err());
            assertTrue(none.out().contains("wrote "), "without a cache a build always renders: " + none.out());
        }
        assertFalse(Files.exists(temp.resolve("target/other/.journeymap-build")));

        CliRun validated = run("validate", "--cache-dir", "target/validate-cache", "src/journeys");
        assertEquals(0, validated.status(), validated.err());
        assertTrue(Files.isDirectory(temp.resolve("target/validate-cache")), "validate keeps parsed files there");
        assertEquals(validated.out(), run("validate", "--cache-dir", "target/validate-cache", "src/journeys").out(),
                "the same findings from the cache");
        assertEquals(2, run("validate", "--cache-dir", "src/journeys/c", "src/journeys").status(), "inside the source");
        assertFalse(Files.exists(temp.resolve("src/journeys/c")), "nothing written into the source folder");

        CliRun both = run("build", "--no-cache", "--cache-dir", "c", "src/journeys", "-o", "target/site");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        CliRun inside = run("build", "--cache-dir", "src/journeys/cache", "src/journeys", "-o", "target/site");
        assertEquals(2, inside.status());
        assertTrue(inside.err().contains("refusing to keep the build cache"), inside.err());
        assertFalse(Files.exists(temp.resolve("src/journeys/cache")), "nothing written into the source folder");
        assertEquals(2, run("build", "--cache-dir", "target/site/cache", "src/journeys", "-o", "target/site").status(),
                "inside the output folder, which a build replaces");
    }
}
