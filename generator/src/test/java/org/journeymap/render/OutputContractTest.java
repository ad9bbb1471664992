package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeymap.Generator;
import org.journeymap.Validation;
import org.journeymap.cache.BuildCache;
import org.journeymap.load.SourceDigest;
import org.journeymap.output.MemoryOutput;
import org.journeymap.testing.FixtureEdits;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of every kind of output in {@link Outputs}: it writes the files it declares and no
 * other output writes them; and it reads nothing it does not declare, so that an output whose
 * declared inputs hold the same bytes after an edit has the same bytes too (which is what lets a
 * build take it from the last build instead of rendering it).
 */
class OutputContractTest {

    @TempDir
    Path temp;

    private record Rendered(Map<String, String> inputs, Map<String, List<String>> files, Map<String, byte[]> bytes,
                            UnitInputs units) {
    }

    /** Commits everything in a source folder's repository, made on first use. */
    private static void commitAll(Path src, String message) throws IOException {
        try (org.eclipse.jgit.api.Git git = Files.isDirectory(src.resolve(".git"))
                ? org.eclipse.jgit.api.Git.open(src.toFile())
                : org.eclipse.jgit.api.Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("CX", "cx@example.org",
                    java.time.Instant.parse("2026-11-20T10:00:00Z"), java.time.ZoneOffset.UTC);
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IOException(e);
        }
    }

    @Test
    void everyOutputWritesWhatItDeclaresAndEachFileHasOneOutput() throws Exception {
        // in a repository of its own, so that it has a history (and a feed: the fixture has a baseUrl)
        Path src = temp.resolve("committed");
        Sites.copy(Sites.fixture(), src);
        commitAll(src, "The fixture");
        Rendered site = render(src);
        Map<String, Output> byName = new TreeMap<>();
        Outputs.SITE.forEach(o -> assertEquals(null, byName.put(o.name(), o), "one output named " + o.name()));
        Set<String> seen = new TreeSet<>();
        Set<String> claimed = new HashSet<>();
        site.files().forEach((key, files) -> {
            Output o = byName.get(key.contains(":") ? key.substring(0, key.indexOf(':')) : key);
            String id = key.contains(":") ? key.substring(key.indexOf(':') + 1) : null;
            seen.add(o.name());
            assertFalse(files.isEmpty(), key + " writes something");
            for (String file : files) {
                assertTrue(o.writes().stream().anyMatch(w -> matches(w, id, file)), key + " declares " + file);
                assertTrue(claimed.add(file), file + " is written by one output only");
            }
        });
        Set<String> written = new TreeSet<>(site.bytes().keySet());
        assertEquals(written, new TreeSet<>(claimed), "every file of the site is some output's");
        assertEquals(byName.keySet(), seen, "the fixture has every kind of output");
    }

    @Test
    void anOutputWhoseDeclaredInputsDidNotChangeKeepsItsBytes() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        Map<String, FixtureEdits.Edit> edits = new LinkedHashMap<>();
        edits.put("a journey's title", s -> replace(s.resolve("journeys/perevod.yaml"), "title: Перевод",
                "title: Новый перевод"));
        edits.put("a baseline's emotion", s -> replace(s.resolve("journeys/konto/otwarcie-konta.yaml"),
                "emotion: ", "emotion: -2 #"));
        edits.put("a stage's description", s -> replace(s.resolve("journeys/perevod.yaml"), "steps:",
                "description: Новое описание.\n    steps:"));
        edits.putAll(FixtureEdits.ofEveryKindButJourneys());
        edits.put("a deletion", s -> Files.delete(s.resolve("journeys/konto/otwarcie-konta-2027.yaml")));
        edits.put("a move to another group folder", s -> Files.move(s.resolve("journeys/perevod.yaml"),
                s.resolve("journeys/konto/perevod.yaml")));
        // every edit so far committed: no file changes, the history does
        edits.put("a commit", s -> commitAll(s, "Edits"));
        commitAll(src, "The fixture");
        Rendered before = render(src);
        for (Map.Entry<String, FixtureEdits.Edit> edit : edits.entrySet()) {
            edit.getValue().apply(src);
            Rendered after = render(src);
            int kept = 0;
            int changed = 0;
            for (Map.Entry<String, String> unit : after.inputs().entrySet()) {
                String key = unit.getKey();
                if (!unit.getValue().equals(before.inputs().get(key))) {
                    changed++;
                    continue;
                }
                kept++;
                assertEquals(before.files().get(key), after.files().get(key), edit.getKey() + ": " + key
                        + " reads the same, so it writes the same files");
                for (String file : after.files().get(key)) {
                    assertTrue(Arrays.equals(before.bytes().get(file), after.bytes().get(file)), "after editing "
                            + edit.getKey() + ", " + file + " changed though what " + key + " declares it reads"
                            + " did not");
                }
            }
            assertTrue(changed > 0 && kept > 0, edit.getKey() + ": some outputs change, some keep ("
                    + changed + " changed, " + kept + " kept)");
            before = after;
        }
    }

    /**
     * The live preview finds what an edit of journey files changes by asking which outputs read
     * them ({@link UnitInputs#readersOf}) rather than by digesting every output: that must name
     * every output whose digest the edit changes, including when the edit changes what the
     * journey names.
     */
    @Test
    void theReadersOfAJourneyAreEveryOutputAnEditOfItChanges() throws Exception {
        Path src = temp.resolve("src");
        Sites.copy(Sites.fixture(), src);
        Map<String, FixtureEdits.Edit> edits = new LinkedHashMap<>();
        edits.put("perevod", s -> replace(s.resolve("journeys/perevod.yaml"), "title: Перевод", "title: Новый перевод"));
        edits.put("otwarcie-konta", s -> replace(s.resolve("journeys/konto/otwarcie-konta.yaml"), "emotion: ",
                "emotion: -2 #"));
        edits.put("otwarcie-konta-2027", s -> replace(s.resolve("journeys/konto/otwarcie-konta-2027.yaml"),
                "title: ", "title: Nowe "));
        // the baseline's relation goes: the journey it named no longer lists it
        edits.put("otwarcie-konta ", s -> replace(s.resolve("journeys/konto/otwarcie-konta.yaml"),
                "related: perevod", ""));
        Rendered before = render(src);
        for (Map.Entry<String, FixtureEdits.Edit> edit : edits.entrySet()) {
            edit.getValue().apply(src);
            Rendered after = render(src);
            Set<String> edited = Set.of(edit.getKey().trim());
            Set<String> readers = new TreeSet<>();
            before.units().readersOf(edited).forEach(u -> readers.add(u.key()));
            after.units().readersOf(edited).forEach(u -> readers.add(u.key()));
            Set<String> changed = new TreeSet<>();
            for (Map.Entry<String, String> unit : after.inputs().entrySet()) {
                if (!unit.getValue().equals(before.inputs().get(unit.getKey()))) {
                    changed.add(unit.getKey());
                }
            }
            assertFalse(changed.isEmpty(), edit.getKey());
            changed.removeAll(readers);
            assertEquals(Set.of(), changed, "outputs an edit of " + edit.getKey() + " changes, not among its readers");
            before = after;
        }
    }

    @Test
    void everyTemplateOfTheThemeBelongsToOneOutputAndTheThemingGuideNamesEach() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path templates = root.resolve("site-theme/src/main/resources/org/journeymap/theme/templates");
        Set<String> theme = new TreeSet<>();
        try (Stream<Path> files = Files.list(templates)) {
            files.filter(Files::isRegularFile).forEach(f -> theme.add(f.getFileName().toString()));
        }
        Set<String> claimed = new TreeSet<>();
        String guide = Files.readString(root.resolve("docs/theming.md"));
        for (Output o : concat(Outputs.SITE, Outputs.DIFF)) {
            for (String t : o.templates()) {
                assertTrue(claimed.add(t), t + " belongs to one output");
            }
            assertTrue(guide.contains("`" + o.name() + "`"), "docs/theming.md names the output " + o.name());
        }
        assertEquals(theme, claimed);
    }

    private static List<Output> concat(List<Output> a, List<Output> b) {
        Map<String, Output> all = new LinkedHashMap<>();
        Stream.concat(a.stream(), b.stream()).forEach(o -> all.putIfAbsent(o.name(), o));
        return List.copyOf(all.values());
    }

    /** Whether a declared path ({id}, or a {name} for any file name) matches a file written for id. */
    private static boolean matches(String declared, String id, String file) {
        String regex = Pattern.quote(declared).replace("{id}", "\\E" + Pattern.quote(String.valueOf(id)) + "\\Q")
                .replaceAll("\\{[a-z]+}", "\\\\E.+\\\\Q");
        return file.matches(regex);
    }

    /** The site of a source folder, rendered in memory with what each output read, without a cache. */
    private static Rendered render(Path src) throws Exception {
        Validation v = Generator.builder().build().validate(src);
        assertFalse(v.hasErrors(), v.findings().toString());
        org.journeymap.history.History history = org.journeymap.history.GitHistory.read(v.project(),
                v.project().site().historyCommits(), org.journeymap.history.GitHistory.Store.NONE,
                org.journeymap.Listener.SILENT).orElse(null);
        // the .git folder is no source file
        Map<String, String> files = new TreeMap<>(SourceDigest.of(src, "test", "").files());
        files.keySet().removeIf(f -> f.startsWith(".git/"));
        UnitInputs inputs = new UnitInputs(v.project(), files, "test").withHistory(history);
        MemoryOutput out = new MemoryOutput();
        SiteRenderer.Result result = new SiteRenderer().render(v.project(), out,
                new SiteRenderer.Options(true, BuildCache.NONE, SiteRenderer.Selection.ALL, inputs, null, history));
        return new Rendered(result.unitInputs(), result.unitFiles(), out.files(), inputs);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        FixtureEdits.replace(file, from, to);
    }
}
