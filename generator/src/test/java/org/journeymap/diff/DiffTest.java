package org.journeymap.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.journeymap.Generator;
import org.journeymap.cli.Main;
import org.journeymap.testing.Golden;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden diffs for each kind of change (src/test/resources/diff/CASE.md), through two folders and
 * through a git repository built here.
 */
class DiffTest {

    private static final Path EXPECTED = Path.of("src/test/resources/diff");

    static final Map<String, String> BASE = Map.of(
            "site.yaml", "title: Test journeys\nbaseUrl: https://cx.example/maps/\n",
            "touchpoints.yaml", "touchpoints:\n  - {id: web, name: Web shop}\n  - {id: shop, name: Store, kind: direct}\n",
            "personas/anna.yaml", "name: Anna\nchannels: [web, shop]\n",
            "personas/ben.yaml", "name: Ben\n",
            "journeys/buy.yaml", """
                    title: Buying a sofa
                    personas: [anna, ben]
                    stages:
                      - name: Browse
                        id: browse
                        reach: 1000
                        steps:
                          - name: Looks at sofas
                            id: look
                            emotion: {anna: 1, ben: 0}
                          - name: Compares prices
                            id: compare
                            emotion: {anna: 0, ben: -1}
                            painPoints: [Prices without delivery]
                      - name: Pay
                        id: pay
                        reach: 300
                        steps:
                          - name: Checks out
                            id: checkout
                            emotion: {anna: -1.5, ben: -1}
                            opportunities:
                              - {title: Show delivery early, impact: high, status: idea}
                            metrics: {csat: 2.9}
                            targets: {csat: 4}
                    """,
            "journeys/help.yaml", """
                    title: Getting help
                    persona: anna
                    stages:
                      - name: Ask
                        steps:
                          - name: Calls the shop
                            emotion: -1
                    """);

    /** Each case: the files that replace the base's (an empty text deletes the file). */
    static final Map<String, Map<String, String>> CASES = Map.ofEntries(
            Map.entry("no-change", Map.of()),
            Map.entry("step-added", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml").replace(
                    "  - name: Pay\n", "      - name: Reads reviews\n        id: reviews\n"
                            + "        emotion: {anna: 0.5, ben: 0.5}\n  - name: Pay\n"))),
            Map.entry("step-removed", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml").replace(
                    "      - name: Compares prices\n        id: compare\n        emotion: {anna: 0, ben: -1}\n"
                            + "        painPoints: [Prices without delivery]\n", ""))),
            Map.entry("step-renamed", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("name: Checks out", "name: Pays in one tap"))),
            Map.entry("step-moved", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("      - name: Compares prices\n        id: compare\n        emotion: {anna: 0, ben: -1}\n"
                            + "        painPoints: [Prices without delivery]\n", "")
                    .replace("    steps:\n      - name: Checks out", "    steps:\n      - name: Compares prices\n"
                            + "        id: compare\n        emotion: {anna: 0, ben: -1}\n"
                            + "        painPoints: [Prices without delivery]\n      - name: Checks out"))),
            Map.entry("emotion-changed", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("emotion: {anna: -1.5, ben: -1}", "emotion: {anna: 0.5, ben: -2}"))),
            Map.entry("pain-points-and-opportunities", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("painPoints: [Prices without delivery]", "painPoints: [No stock shown]")
                    .replace("status: idea", "status: planned"))),
            Map.entry("metrics-and-targets", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("metrics: {csat: 2.9}", "metrics: {csat: 3.8, ces: 3}")
                    .replace("targets: {csat: 4}", "targets: {csat: 4.2}")
                    .replace("reach: 300", "reach: 410"))),
            Map.entry("personas-and-touchpoints", Map.of("personas/ben.yaml", "name: Ben Nowak\n",
                    "personas/cleo.yaml", "name: Cleo\n",
                    "journeys/help.yaml", BASE.get("journeys/help.yaml").replace("persona: anna", "personas: [anna, cleo]")
                            .replace("emotion: -1", "emotion: {anna: -1, cleo: 0}"),
                    "touchpoints.yaml", "touchpoints:\n  - {id: web, name: Web shop}\n  - {id: app, name: App}\n",
                    "personas/anna.yaml", "name: Anna\nchannels: [web, app]\n")),
            Map.entry("journeys-added-and-removed", Map.of("journeys/help.yaml", "",
                    "journeys/return.yaml", BASE.get("journeys/help.yaml").replace("Getting help", "Returning a sofa")
                            .replace("Calls the shop", "Books a pick-up"))),
            Map.entry("head-with-errors", Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("emotion: {anna: 1, ben: 0}", "emotion: {anna: 5, ben: 0}"))));

    @TempDir
    Path temp;

    private static Path write(Path root, Map<String, String> changes) throws Exception {
        Sources.write(root, BASE);
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (e.getValue().isEmpty()) {
                Files.delete(root.resolve(e.getKey()));
            } else {
                Sources.write(root, Map.of(e.getKey(), e.getValue()));
            }
        }
        return root;
    }

    @TestFactory
    Stream<DynamicTest> everyKindOfChangeThroughFolders() {
        return CASES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            CASES.get(name).forEach((file, text) -> assertFalse(text.equals(BASE.get(file)),
                    name + " does not change " + file + ": a replacement in the test did not match"));
            Path base = write(temp.resolve(name + "/base"), Map.of());
            Path head = write(temp.resolve(name + "/head"), CASES.get(name));
            DiffResult r = Generator.builder().build().diff(base, head, temp.resolve(name + "/out"), List.of(),
                    temp.resolve(name));
            Golden.assertMatches(EXPECTED.resolve(name + ".md"), r.markdown());
            assertEquals(r.markdown(), Files.readString(temp.resolve(name + "/out/diff.md")));
            String page = Files.readString(temp.resolve(name + "/out/index.html"));
            assertTrue(page.contains("Content-Security-Policy"), "the page is in the site's theme");
            assertTrue(Files.exists(temp.resolve(name + "/out/theme/journeymap.css")));
            assertTrue(r.markdown().length() <= DiffMarkdown.LIMIT);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyKindOfChangeThroughAGitRepository() {
        return CASES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path repo = temp.resolve("git-" + name);
            Path src = write(repo.resolve("src/journeys"), Map.of());
            try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("base").setAuthor("CX", "cx@example.org").setCommitter("CX", "cx@example.org")
                        .setSign(false).call();
            }
            write(src, CASES.get(name));
            for (Map.Entry<String, String> e : CASES.get(name).entrySet()) {
                if (e.getValue().isEmpty()) {
                    Files.deleteIfExists(src.resolve(e.getKey()));
                }
            }
            Path folders = temp.resolve("folders-" + name);
            DiffResult viaGit = Generator.builder().build().diff("main", src, temp.resolve("out-git-" + name), List.of(),
                    repo);
            DiffResult viaFolders = Generator.builder().build().diff(write(folders.resolve("base"), Map.of()),
                    write(folders.resolve("head"), CASES.get(name)), temp.resolve("out-dir-" + name), List.of(), folders);
            assertEquals(viaFolders.markdown().replace("head/", "src/journeys/"), viaGit.markdown());
        }));
    }

    /**
     * The comment and the diff page in the site's language: every kind of change at once, on a
     * Polish and on a Russian site (src/test/resources/diff/in-pl.md and in-ru.md); the findings
     * stay English with their rule ids.
     */
    @TestFactory
    Stream<DynamicTest> theDiffSpeaksTheSitesLanguage() {
        return Stream.of("pl", "ru").map(language -> DynamicTest.dynamicTest(language, () -> {
            Map<String, String> site = Map.of("site.yaml", BASE.get("site.yaml") + "language: " + language + "\n");
            Path base = write(temp.resolve(language + "/base"), site);
            Map<String, String> head = new HashMap<>(site);
            head.put("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                    .replace("name: Checks out", "name: Pays in one tap")
                    .replace("emotion: {anna: 1, ben: 0}", "emotion: {anna: 5, ben: 0}")
                    .replace("emotion: {anna: -1.5, ben: -1}", "emotion: {anna: 0.5, ben: -2}")
                    .replace("painPoints: [Prices without delivery]", "painPoints: [No stock shown]")
                    .replace("status: idea", "status: planned, effort: low, owner: Web team")
                    .replace("metrics: {csat: 2.9}", "metrics: {csat: 3.8, ces: 3}\n        momentOfTruth: true")
                    .replace("reach: 300", "reach: 410")
                    .replace("title: Buying a sofa", "title: Buying a sofa\nstate: future")
                    .replace("  - name: Pay\n", "      - name: Reads reviews\n        id: reviews\n"
                            + "        emotion: {anna: 0.5, ben: 0.5}\n  - name: Pay\n"));
            head.put("personas/ben.yaml", "name: Ben Nowak\n");
            head.put("personas/cleo.yaml", "name: Cleo\n");
            head.put("journeys/return.yaml", BASE.get("journeys/help.yaml").replace("Getting help", "Returning a sofa")
                    .replace("persona: anna", "personas: [anna, cleo]")
                    .replace("emotion: -1", "emotion: {anna: -1, cleo: 0}"));
            head.put("journeys/help.yaml", "");
            DiffResult r = Generator.builder().build().diff(base, write(temp.resolve(language + "/head"), head),
                    temp.resolve(language + "/out"), List.of(), temp.resolve(language));
            Golden.assertMatches(EXPECTED.resolve("in-" + language + ".md"), r.markdown());
            assertTrue(r.markdown().contains("error: emotion 5 is outside the scale"), "findings stay English");
            String page = Files.readString(temp.resolve(language + "/out/index.html"));
            assertTrue(page.contains("<html lang=\"" + language + "\""), page.substring(0, 300));
            assertTrue(page.contains(DiffWords.of(language).word("diff.heading")), "the page shows the same words");
        }));
    }

    /** Measured values that moved are told with their dates and what they mean for the target. */
    @Test
    void measurementsThatMovedAreToldWithTheirDatesAndTarget() throws Exception {
        String targets = BASE.get("journeys/buy.yaml").replace("targets: {csat: 4}", "targets: {csat: 4, conversion: 0.04}");
        String csv = "journey,step,stage,metric,value,date,persona,source\n"
                + "buy,checkout,,conversion,0.034,2026-09,,Web analytics\n"
                + "buy,,pay,nps,12,2026-09,,Survey\n";
        Path base = write(temp.resolve("m/base"), Map.of("journeys/buy.yaml", targets, "measurements/web.csv", csv));
        Path head = write(temp.resolve("m/head"), Map.of("journeys/buy.yaml", targets, "measurements/web.csv", csv
                + "buy,checkout,,conversion,0.041,2026-10,,Web analytics\n"
                + "buy,look,,ces,2.5,2026-10,ben,Survey\n"));
        DiffResult r = Generator.builder().build().diff(base, head, temp.resolve("m/out"), List.of(), temp.resolve("m"));
        Golden.assertMatches(EXPECTED.resolve("measurements.md"), r.markdown());
        assertTrue(r.markdown().contains("- Conversion at Checks out: 3.4% \\(2026-09\\) → 4.1% \\(2026-10\\), target 4%"
                + " now met"), r.markdown());
        assertFalse(r.markdown().contains("metric conversion"), "a measured metric is told once, with its dates");
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertEquals("1 journey · 2 journeys · 0 journeys", String.join(" · ", DiffWords.of("en").count(1, "journey"),
                DiffWords.of("en").count(2, "journey"), DiffWords.of("en").count(0, "journey")));
        DiffWords pl = DiffWords.of("pl");
        assertEquals(List.of("1 błąd", "2 błędy", "4 błędy", "5 błędów", "12 błędów", "22 błędy", "112 błędów", "0 błędów"),
                Stream.of(1, 2, 4, 5, 12, 22, 112, 0).map(n -> pl.count(n, "error")).toList());
        DiffWords ru = DiffWords.of("ru");
        assertEquals(List.of("1 ошибка", "3 ошибки", "5 ошибок", "11 ошибок", "21 ошибка", "13 ошибок", "24 ошибки",
                        "0 ошибок"),
                Stream.of(1, 3, 5, 11, 21, 13, 24, 0).map(n -> ru.count(n, "error")).toList());
        assertEquals("1 journey", DiffWords.of("de").count(1, "journey"), "another language is English");
    }

    @Test
    void everyLanguageWordsEveryPartOfTheDiff() throws Exception {
        Map<String, String> en = org.journeymap.render.Theme.builtInLabels("en");
        for (String language : List.of("pl", "ru")) {
            java.util.Properties own = new java.util.Properties();
            try (var in = org.journeymap.render.Theme.class.getResourceAsStream(
                    "/org/journeymap/theme/i18n/" + language + ".properties")) {
                own.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : en.keySet()) {
                if (key.startsWith("diff.") && !key.startsWith("diff.n.")) {
                    assertTrue(own.containsKey(key), language + " lacks " + key);
                }
                if (key.startsWith("diff.n.") && key.endsWith(".one")) {
                    String noun = key.substring(0, key.length() - ".one".length());
                    for (String form : List.of(".one", ".few", ".many")) {
                        assertTrue(own.containsKey(noun + form), language + " lacks " + noun + form);
                    }
                }
            }
        }
    }

    @Test
    void theBaseCanComeFromAGitRepositoryWithoutAGitExecutable() throws Exception {
        Path repo = temp.resolve("repo");
        Path src = write(repo.resolve("cx/src/journeys"), Map.of());
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("CX", "cx@example.org").setCommitter("CX", "cx@example.org")
                    .setSign(false).call();
        }
        write(src, CASES.get("step-renamed"));
        DiffResult r = Generator.builder().build().diff("main", src, temp.resolve("out"), List.of(), repo);
        Golden.assertMatches(EXPECTED.resolve("step-renamed.md"), r.markdown());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"diff", "--base-ref", "main", "cx/src/journeys", "-o", "diff-out"},
                new PrintWriter(out), new PrintWriter(err), repo);
        assertEquals(0, status, err.toString());
        assertTrue(Files.readString(repo.resolve("diff-out/diff.md")).contains("renamed Checks out → Pays in one tap"));
        assertEquals(2, Main.run(new String[] {"diff", "--base-ref", "no-such-branch", "cx/src/journeys", "-o", "d2"},
                new PrintWriter(out), new PrintWriter(err), repo));
        assertTrue(err.toString().contains("'no-such-branch' is not in the repository"), err.toString());
    }

    @Test
    void headErrorsGiveExitStatusOneAndComeFirst() throws Exception {
        Path base = write(temp.resolve("base"), Map.of());
        write(temp.resolve("head"), CASES.get("head-with-errors"));
        StringWriter out = new StringWriter();
        int status = Main.run(new String[] {"diff", "base", "head", "-o", "out"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()), temp);
        assertEquals(1, status);
        String md = Files.readString(temp.resolve("out/diff.md"));
        assertTrue(md.indexOf("[emotion-out-of-scale]") < md.indexOf("**0 journeys added"), md);
        assertTrue(Files.isDirectory(base));
    }

    @Test
    void sourceTextCannotAddMarkupOrMentions() throws Exception {
        Path base = write(temp.resolve("base"), Map.of());
        Path head = write(temp.resolve("head"), Map.of("journeys/buy.yaml", BASE.get("journeys/buy.yaml")
                .replace("name: Checks out", "name: \"<img src=x onerror=alert(1)> @cx-team [x](javascript:y) | `z`\"")));
        String all = Generator.builder().build().diff(base, head, temp.resolve("out"), List.of(), temp).markdown();
        // inside the Mermaid code block text is inert; everywhere else it must be escaped
        String md = all.replaceAll("(?s)```mermaid.*?```", "");
        assertFalse(md.replace("\\<", "").contains("<img"), "an unescaped tag: " + md);
        assertFalse(md.contains("@cx-team"), "no mention");
        assertFalse(md.replace("\\[", "").contains("[x](javascript"), md);
        assertTrue(md.contains("\\<img src=x onerror=alert\\(1\\)\\>"), md);
    }

    @Test
    void aHugeDiffIsSummarisedUnderGitHubsLimit() throws Exception {
        Map<String, String> many = new HashMap<>();
        Map<String, String> changed = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            String journey = BASE.get("journeys/buy.yaml").replace("Buying a sofa", "Journey " + i + " " + "x".repeat(40));
            many.put("journeys/j-" + i + ".yaml", journey);
            changed.put("journeys/j-" + i + ".yaml", journey.replace("emotion: {anna: 1, ben: 0}", "emotion: {anna: -1, ben: 1}")
                    .replace("name: Checks out", "name: Pays"));
        }
        Path base = Sources.write(write(temp.resolve("base"), Map.of()), many);
        Path head = Sources.write(write(temp.resolve("head"), Map.of()), changed);
        String md = Generator.builder().build().diff(base, head, temp.resolve("out"), List.of(), temp).markdown();
        assertTrue(md.length() <= DiffMarkdown.LIMIT, "length " + md.length());
        assertTrue(md.contains("**0 journeys added, 0 removed, 400 changed**"), md.substring(0, 300));
    }
}
