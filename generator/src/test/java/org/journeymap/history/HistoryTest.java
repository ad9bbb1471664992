package org.journeymap.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.diff.DiffLines;
import org.journeymap.model.Project;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each journey's history, read from real repositories made here, commit by commit. */
class HistoryTest {

    @TempDir
    Path temp;

    private static final String BUY = """
            title: Buying
            persona: anna
            stages:
              - name: Browse
                id: browse
                steps:
                  - name: Looks
                    id: looks
                    emotion: 1
            """;

    private Path repo;
    private Path src;
    private Git git;
    private long clock = Instant.parse("2026-10-01T09:00:00Z").getEpochSecond();
    private final List<String> lines = new ArrayList<>();

    private void init() throws Exception {
        repo = temp.resolve("repo");
        src = repo.resolve("src/journeys");
        Sources.write(src, Map.of("personas/anna.yaml", "name: Anna\n", "journeys/buy.yaml", BUY));
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    }

    private RevCommit commit(String message) throws Exception {
        return commit(message, "Ewa Nowak");
    }

    private RevCommit commit(String message, String author) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        clock += 86_400;
        PersonIdent who = new PersonIdent(author, "ewa@example.org", Instant.ofEpochSecond(clock), ZoneId.of("Europe/Warsaw"));
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private void write(String path, String text) throws Exception {
        Sources.write(src, Map.of(path, text));
    }

    private History history() throws Exception {
        return history(500).orElseThrow();
    }

    private Optional<History> history(int limit) throws Exception {
        Project project = Generator.builder().build().validate(src).project();
        Listener listener = new Listener() {
            @Override
            public void phase(String line) {
                lines.add(line);
            }
        };
        return GitHistory.read(project, limit, GitHistory.Store.NONE, listener);
    }

    private static List<String> text(Entry e) {
        List<String> out = new ArrayList<>();
        for (DiffLines.Section s : e.sections()) {
            out.addAll(s.lines());
        }
        return out;
    }

    @Test
    void everyCommitThatChangedTheJourneyNewestFirstWithWhatChanged() throws Exception {
        init();
        RevCommit first = commit("Map the buying journey");
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: -1"));
        RevCommit worse = commit("Looks is worse after the survey");
        write("journeys/buy.yaml", "# a comment\n" + BUY.replace("emotion: 1", "emotion: -1").replace("title: Buying",
                "title:   Buying"));
        commit("Only a comment and spaces");
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: -1") + """
                      - name: Pays
                        id: pays
                        emotion: 2
                """);
        RevCommit pays = commit("Add the payment step");

        History h = history();
        assertEquals(4, h.commits());
        assertEquals(History.Incomplete.NONE, h.incomplete());
        List<Entry> buy = h.of("buy");
        assertEquals(List.of(pays.name(), worse.name(), first.name()), buy.stream().map(e -> e.commit().id()).toList(),
                "the comment-only commit changes nothing for the customer and is left out");
        assertEquals(List.of(Entry.Kind.CHANGED, Entry.Kind.CHANGED, Entry.Kind.ADDED), buy.stream().map(Entry::kind).toList());
        assertEquals(List.of("added Pays in Browse", "Emotion at Pays (Anna): — → 2 Delighted, new"), text(buy.get(0)));
        assertEquals(List.of("Emotion at Looks (Anna): 1 Satisfied → -1 Unhappy, ▼ worse (-2)"), text(buy.get(1)));
        Commit c = buy.get(1).commit();
        assertEquals("Looks is worse after the survey", c.subject());
        assertEquals("Ewa Nowak", c.author());
        assertEquals(worse.name().substring(0, 7), c.shortId());
        assertEquals("2026-10-03", c.day());
        assertEquals(2.0, buy.get(0).version().average() == null ? null : buy.get(0).version().lowest() + 3);
        assertEquals(0.5, buy.get(0).version().average(), "the average of -1 and 2");
        assertEquals(List.of(-1.0, 2.0), buy.get(0).version().curve());
        assertEquals(h.latest(), buy, "the portfolio's latest changes are this journey's alone");
    }

    @Test
    void renamesAndMovesBetweenGroupsAreFollowed() throws Exception {
        init();
        commit("Map the buying journey");
        Files.createDirectories(src.resolve("journeys/retail"));
        Files.move(src.resolve("journeys/buy.yaml"), src.resolve("journeys/retail/buy.yaml"));
        commit("Group retail journeys");
        Files.move(src.resolve("journeys/retail/buy.yaml"), src.resolve("journeys/retail/buy-online.yaml"));
        commit("Name it for the channel");

        List<Entry> e = history().of("buy-online");
        assertEquals(3, e.size(), e.toString());
        assertEquals("buy", e.get(0).renamedFrom());
        assertNull(e.get(0).movedFrom());
        assertEquals("", e.get(1).movedFrom());
        assertEquals("retail", e.get(1).movedTo());
        assertNull(e.get(1).renamedFrom());
        assertEquals(Entry.Kind.ADDED, e.get(2).kind());
        assertTrue(history().of("buy").isEmpty(), "the old id has no history of its own");
    }

    @Test
    void aDeletedAndRestoredJourneyShowsBoth() throws Exception {
        init();
        commit("Map the buying journey");
        Files.delete(src.resolve("journeys/buy.yaml"));
        commit("Retire the buying journey");
        write("journeys/buy.yaml", BUY.replace("title: Buying", "title: Buying again"));
        commit("Bring it back");

        List<Entry> e = history().of("buy");
        assertEquals(List.of(Entry.Kind.RESTORED, Entry.Kind.DELETED, Entry.Kind.ADDED), e.stream().map(Entry::kind).toList());
        assertNull(e.get(1).version(), "nothing to show of a deleted journey");
    }

    @Test
    void aMergeIsOneCommitOfTheBranchAndItsSideCommitsAreNotListed() throws Exception {
        init();
        RevCommit base = commit("Map the buying journey");
        git.checkout().setCreateBranch(true).setName("redesign").call();
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: 2"));
        RevCommit side = commit("Better looks");
        git.checkout().setName("main").call();
        write("personas/anna.yaml", "name: Anna\nrole: Buyer\n");
        commit("Anna's role");
        RevCommit merge = git.merge().include(side).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage("Merge the redesign").call().getNewHead() == null ? null
                : git.log().setMaxCount(1).call().iterator().next();

        List<Entry> e = history().of("buy");
        assertEquals(List.of(merge.name(), base.name()), e.stream().map(x -> x.commit().id()).toList(),
                "the merge brings the side branch's change; the side commit itself is not on the first-parent line");
        assertEquals(List.of("Emotion at Looks (Anna): 1 Satisfied → 2 Delighted, ▲ better (+1)"), text(e.get(0)));
    }

    @Test
    void aShallowCloneStopsAtItsBoundaryAndSaysSo() throws Exception {
        init();
        commit("Map the buying journey");
        RevCommit second = commit("Nothing changed in journeys");
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: 0"));
        RevCommit third = commit("Neutral looks");
        // what git clone --depth 2 leaves: the boundary commit's parents are not in the clone
        Files.writeString(repo.resolve(".git/shallow"), second.name() + "\n");

        History h = history();
        assertEquals(History.Incomplete.SHALLOW, h.incomplete());
        assertEquals(List.of(third.name()), h.of("buy").stream().map(x -> x.commit().id()).toList(),
                "the boundary commit's own change cannot be told, so it is not listed as the journey's creation");
        assertTrue(lines.get(0).contains("shallow"), lines.toString());
    }

    @Test
    void theLimitOfCommitsIsSaid() throws Exception {
        init();
        commit("Map the buying journey");
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: 0"));
        commit("Neutral looks");
        History h = history(1).orElseThrow();
        assertEquals(History.Incomplete.LIMIT, h.incomplete());
        assertEquals(1, h.of("buy").size());
        assertTrue(history(0).isEmpty(), "0 turns history off");
    }

    @Test
    void messagesAndNamesAreUntrustedText() throws Exception {
        init();
        commit("<script>alert(1)</script> **bold** \u001b[31mred\u202e evil\r\ninjected second line", "Eve\u0007 <b>");
        Commit c = history().of("buy").get(0).commit();
        assertEquals("<script>alert(1)</script> **bold** [31mred evil injected second line", c.subject(),
                "control characters and bidirectional overrides go, and the line break; markup stays text, for the"
                        + " page to escape; the subject is the first paragraph, as git log shows it");
        assertEquals("Eve b", c.author(), "the bell goes; git itself drops angle brackets from names");
        assertFalse(c.toString().contains("example.org"), "no e-mail address is kept");
    }

    @Test
    void metadataThatIsNotUtf8IsReadWithoutFailing() throws Exception {
        init();
        RevCommit first = commit("Map the buying journey");
        // a commit written by an old tool: Latin-1 bytes and no encoding header
        try (ObjectInserter in = git.getRepository().newObjectInserter()) {
            CommitBuilder cb = new CommitBuilder();
            cb.setTreeId(first.getTree().getId());
            cb.setParentId(first.getId());
            PersonIdent who = new PersonIdent("x", "x@example.org", Instant.ofEpochSecond(clock + 86_400), ZoneId.of("UTC"));
            cb.setAuthor(who);
            cb.setCommitter(who);
            cb.setMessage("m");
            String raw = new String(cb.build(), StandardCharsets.ISO_8859_1)
                    .replace("author x <", "author Jos\u00e9 M\u00fcller <")
                    .replace("\n\nm", "\n\nCaf\u00e9 \u00fcber alles\u0000");
            ObjectId id = in.insert(Constants.OBJ_COMMIT, raw.getBytes(StandardCharsets.ISO_8859_1));
            in.flush();
            RefUpdate u = git.getRepository().updateRef("refs/heads/main");
            u.setNewObjectId(id);
            u.forceUpdate();
        }
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: 0"));
        commit("Neutral looks");
        History h = history();
        assertEquals(3, h.commits(), "the Latin-1 commit is read");
        assertEquals(2, h.of("buy").size(), "it changed no journey, so it is not listed");
    }

    @Test
    void noGitRepositoryGivesNoHistoryAndOneLine() throws Exception {
        src = Sources.write(temp.resolve("plain"), Map.of("personas/anna.yaml", "name: Anna\n", "journeys/buy.yaml", BUY));
        assertTrue(history(500).isEmpty());
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("no history pages: "), lines.get(0));
    }

    @Test
    void gitDataThatCannotBeReadGivesNoHistoryAndOneLine() throws Exception {
        init();
        commit("Map the buying journey");
        // the objects are gone (a broken clone): HEAD still names a commit
        try (java.util.stream.Stream<Path> objects = Files.walk(repo.resolve(".git/objects"))) {
            for (Path p : objects.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(repo.resolve(".git/objects"))) {
                    Files.delete(p);
                }
            }
        }
        assertTrue(history(500).isEmpty(), "no history, and no failure");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("no history pages: the git data cannot be read ("), lines.get(0));
    }

    @Test
    void aCommitsRecordReadsBackAsWritten() throws Exception {
        init();
        commit("Map the buying journey");
        write("journeys/buy.yaml", BUY.replace("emotion: 1", "emotion: 0"));
        commit("Neutral looks");
        Map<String, byte[]> kept = new java.util.HashMap<>();
        GitHistory.Store store = new GitHistory.Store() {
            @Override
            public Optional<byte[]> read(String kind, String key) {
                return Optional.ofNullable(kept.get(kind + "/" + key));
            }

            @Override
            public void write(String kind, String key, byte[] bytes) {
                kept.put(kind + "/" + key, bytes);
            }
        };
        Project project = Generator.builder().build().validate(src).project();
        History fresh = GitHistory.read(project, 500, store, Listener.SILENT).orElseThrow();
        assertEquals(2, kept.keySet().stream().filter(k -> k.startsWith(GitHistory.CACHE_KIND + "/")).count(),
                "one record per commit");
        assertEquals(1, kept.keySet().stream().filter(k -> k.startsWith(GitHistory.WHOLE_KIND + "/")).count(),
                "and the whole history at this commit");
        History cached = GitHistory.read(project, 500, store, Listener.SILENT).orElseThrow();
        assertEquals(fresh, cached);
        kept.keySet().removeIf(k -> k.startsWith(GitHistory.WHOLE_KIND + "/"));
        assertEquals(fresh, GitHistory.read(project, 500, store, Listener.SILENT).orElseThrow(),
                "from the commits' records");
        kept.replaceAll((k, v) -> "{\"version\":\"other\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(fresh, GitHistory.read(project, 500, store, Listener.SILENT).orElseThrow(),
                "records of another version are read again from git");
    }
}
