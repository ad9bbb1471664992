package org.journeymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.journeymap.init.Starter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;

/** journeymap init: the starter a team can commit as it is, in each language. */
class InitTest {

    @TempDir
    Path temp;

    private CliRun run(String... args) {
        return CliRun.of(temp, args);
    }

    @ParameterizedTest
    @EnumSource(Starter.Language.class)
    void theStarterValidatesCleanAndBuildsInItsLanguage(Starter.Language language) throws Exception {
        CliRun init = run("init", "team-cx", "--language", language.name());
        assertEquals(0, init.status(), init.err());
        assertTrue(init.out().contains("journeymap serve team-cx/src/journeys".replace('/', java.io.File.separatorChar)),
                init.out());

        CliRun validate = run("validate", "team-cx/src/journeys");
        assertEquals(0, validate.status(), validate.out() + validate.err());
        assertEquals("0 errors, 0 warnings in 5 files", validate.out().strip());

        CliRun build = run("build", "team-cx/src/journeys", "-o", "site");
        assertEquals(0, build.status(), build.out() + build.err());
        String index = Files.readString(temp.resolve("site/index.html"));
        assertEquals(4, Files.readString(temp.resolve("site/data/measurements.csv")).lines().count(),
                "the starter's measurement file is read: a header and three values");
        assertTrue(index.contains("<html lang=\"" + language + "\""), index.substring(0, 200));
        String journeyFile = Starter.journeyFile(language);
        String journeyId = journeyFile.substring(journeyFile.lastIndexOf('/') + 1).replace(".yaml", "");
        assertTrue(Files.exists(temp.resolve("site/journeys/" + journeyId + ".html")), journeyId);

        // a thought or goal with a comma in it stays one item (a flow list would split it)
        String journeyPage = Files.readString(temp.resolve("site/journeys/" + journeyId + ".html"));
        String personaPage;
        try (var personas = Files.list(temp.resolve("site/personas"))) {
            personaPage = Files.readString(personas.findFirst().orElseThrow());
        }
        String thought = Map.of(Starter.Language.en, "Good, a real person answered.",
                Starter.Language.pl, "Dobrze, odpisał prawdziwy człowiek.",
                Starter.Language.ru, "Хорошо, ответил живой человек.").get(language);
        assertTrue(journeyPage.contains(thought), thought);
        String goal = Map.of(Starter.Language.en, "Know what it will cost",
                Starter.Language.pl, "Wiedzieć, ile to będzie kosztować",
                Starter.Language.ru, "Знать, сколько это будет стоить").get(language);
        assertTrue(personaPage.contains("<li>" + goal + "</li>"), goal);
        // the README sends the team to the journey that exists
        String readme = Files.readString(temp.resolve("team-cx/README.md"));
        assertTrue(readme.contains("journeys/" + journeyId + ".yaml"), readme);
        assertFalse(readme.contains("@"), "a placeholder was left in the README");
    }

    @Test
    void thePomUsesThePluginAtThisVersion() throws Exception {
        assertEquals(0, run("init", "Team CX").status());
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(temp.resolve("Team CX/pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("team-cx", xpath.evaluate("/project/artifactId", pom));
        assertEquals("pom", xpath.evaluate("/project/packaging", pom));
        String version = xpath.evaluate("/project/build/plugins/plugin[artifactId='journeymap-maven-plugin']/version", pom);
        assertEquals(Starter.version(), version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        String goals = "/project/build/plugins/plugin/executions/execution/goals/goal";
        assertEquals("validate", xpath.evaluate(goals + "[1]", pom));
        assertEquals("build", xpath.evaluate(goals + "[2]", pom));
    }

    @Test
    void theCiFilesRestoreTheBuildCacheAndPublishTheSite() throws Exception {
        assertEquals(0, run("init", "cx").status());
        Load yaml = new Load(LoadSettings.builder().build());
        String github = Files.readString(temp.resolve("cx/.github/workflows/journeys.yml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> workflow = (Map<String, Object>) yaml.loadFromString(github);
        @SuppressWarnings("unchecked")
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertEquals(List.of("build", "diff", "deploy"), List.copyOf(jobs.keySet()));
        assertTrue(github.contains("path: target/journeymap-cache"), github);
        assertTrue(github.contains("with: {path: target/journeymap}"), github);
        String gitlab = Files.readString(temp.resolve("cx/.gitlab-ci.yml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> pipeline = (Map<String, Object>) yaml.loadFromString(gitlab);
        assertTrue(pipeline.containsKey("pages") && pipeline.containsKey("validate"), pipeline.keySet().toString());
        assertTrue(gitlab.contains("paths: [target/journeymap-cache]"), gitlab);
        assertTrue(Files.readString(temp.resolve("cx/.gitignore")).lines().anyMatch("target/"::equals));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(temp.resolve("cx"));
        Files.writeString(temp.resolve("cx/notes.txt"), "ours");
        CliRun r = run("init", "cx");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("cx is not empty (it holds notes.txt)") && r.err().contains("--force"), r.err());
        try (var files = Files.list(temp.resolve("cx"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void forceFillsAFolderButNeverOverwritesAFile() throws Exception {
        Files.createDirectories(temp.resolve("cx/src/journeys"));
        Files.writeString(temp.resolve("cx/README.md"), "# Our own README\n");
        Files.writeString(temp.resolve("cx/src/journeys/site.yaml"), "title: Ours\n");
        CliRun r = run("init", "cx", "--force", "--language", "pl");
        assertEquals(0, r.status(), r.err());
        assertEquals("# Our own README\n", Files.readString(temp.resolve("cx/README.md")));
        assertEquals("title: Ours\n", Files.readString(temp.resolve("cx/src/journeys/site.yaml"), StandardCharsets.UTF_8));
        assertTrue(r.out().contains("kept    cx" + java.io.File.separator + "README.md (it exists)"), r.out());
        assertTrue(Files.exists(temp.resolve("cx/src/journeys/journeys/zalozenie-konta.yaml")));
        assertTrue(Files.exists(temp.resolve("cx/pom.xml")));
    }

    @Test
    void aFileIsRefusedEvenWithForce() throws Exception {
        Files.writeString(temp.resolve("cx"), "a file");
        CliRun r = run("init", "cx", "--force");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("it is a file"), r.err());
        assertEquals("a file", Files.readString(temp.resolve("cx")));
    }

    @Test
    void anUnknownLanguageNamesTheKnownOnes() {
        CliRun r = run("init", "cx", "--language", "de");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("en, pl, ru"), r.err());
        assertFalse(Files.exists(temp.resolve("cx")));
    }
}
