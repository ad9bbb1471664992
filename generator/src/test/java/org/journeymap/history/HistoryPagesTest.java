package org.journeymap.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jgit.api.Git;
import org.journeymap.Generator;
import org.journeymap.testing.FixtureEdits;
import org.journeymap.testing.Histories;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The history pages, the changes page and the feed, built from a real repository. */
class HistoryPagesTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path temp;

    private Path build(Path src, String name) throws Exception {
        return Sites.build(src, temp.resolve(name));
    }

    private static String read(Path site, String page) throws Exception {
        return Files.readString(site.resolve(page));
    }

    @Test
    void aJourneysHistoryPageTellsEachCommitInWordsAndEscapesWhatGitSays() throws Exception {
        Path site = build(Histories.sampleRepository(temp.resolve("repo")), "site");
        String page = read(site, "history/buy-sofa-online.html");
        assertTrue(page.contains("Emotion at Reads reviews on other sites (Anna Kowalska): 0.5 Satisfied → -1 Unhappy,"
                + " ▼ worse (-1.5)"), page);
        assertTrue(page.contains("Add the hidden-price pain point &lt;script&gt;alert(1)&lt;/script&gt; @team</h3>"),
                "the subject (the first paragraph) as text, the markup escaped");
        assertFalse(page.contains("<script>alert"));
        assertTrue(page.contains("The &lt;b&gt;price&lt;/b&gt; shows at checkout"), "YAML text is escaped too");
        assertFalse(page.contains("author@example.org"), "no e-mail address is published");
        assertTrue(page.contains("https://github.com/acme/customer-journeys/commit/"), "commitUrl links each commit");
        assertTrue(page.contains("Journey created"));
        assertEquals(4, count(page, "<article class=\"history-entry"), "four commits changed the journey");
        assertTrue(page.contains("<svg"), "the emotion over the versions");
        assertFalse(page.contains("history-incomplete"), "the whole history was read");

        String journey = read(site, "journeys/buy-sofa-online.html");
        assertTrue(journey.contains("<a href=\"../history/buy-sofa-online.html\">4 changes, last on 2026-11-20</a>"),
                "the journey page links its history");
        String moved = read(site, "history/smena-tarifa.html");
        assertTrue(moved.contains("Moved from group telecom to retail"), moved);
        assertTrue(read(site, "index.html").contains("href=\"changes.html\""), "the navigation leads to the changes");
    }

    @Test
    void theChangesPageListsTheLatestByDayNewestFirst() throws Exception {
        Path site = build(Histories.sampleRepository(temp.resolve("repo")), "site");
        String page = read(site, "changes.html");
        List<String> days = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2 id=\"day-([0-9-]+)\"").matcher(page);
        while (m.find()) {
            days.add(m.group(1));
        }
        assertEquals(List.of("2026-11-21", "2026-11-20", "2026-11-12", "2026-10-05", "2026-09-01"), days);
        assertTrue(page.contains("href=\"history/buy-sofa-online.html#c-"), "each entry leads to its history");
    }

    @Test
    void aJourneyDeletedButNotCommittedIsNamedWithoutALink() throws Exception {
        Path src = Histories.sampleRepository(temp.resolve("repo"));
        Files.delete(src.resolve("journeys/retail/smena-tarifa.yaml"));
        Path site = build(src, "site");
        assertTrue(read(site, "changes.html").contains("smena-tarifa (no longer in the portfolio): Move the tariff"
                + " journey to retail"), "its committed history is still the portfolio's");
        assertFalse(Files.exists(site.resolve("history/smena-tarifa.html")));
    }

    @Test
    void theFeedIsAtomWithStableIdsAndNoClock() throws Exception {
        Path src = Histories.sampleRepository(temp.resolve("repo"));
        Path first = build(src, "first");
        Document feed = parse(first.resolve("feed.xml"));
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(root, required).size(), "the feed's " + required);
        }
        assertEquals("2026-11-21T10:00:00+01:00", text(root, "updated"), "the newest commit's time, not the clock");
        List<Element> entries = children(root, "entry");
        assertEquals(9, entries.size(), "five journeys created, three changes and a move");
        Map<String, String> ids = new TreeMap<>();
        for (Element e : entries) {
            for (String required : List.of("id", "title", "updated", "author")) {
                assertEquals(1, children(e, required).size(), "an entry's " + required);
            }
            assertTrue(text(e, "id").startsWith("tag:acme.example,2026:journeymap/"), text(e, "id"));
            assertEquals(null, ids.put(text(e, "id"), text(e, "title")), "ids are unique");
        }
        String html = read(first, "index.html");
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes (Atom feed)\""
                + " href=\"https://acme.example/cx/feed.xml\">"), "every page's head links the feed");

        // a new commit: the entries before it keep their ids
        try (Git git = Git.open(src.getParent().getParent().toFile())) {
            FixtureEdits.replace(src.resolve("journeys/retail/buy-sofa-online.yaml"), "title: Buying a sofa online",
                    "title: Buying a sofa online, end to end");
            Histories.commit(git, "Say it is end to end", "Marta Kowalska", "2026-11-25T09:00:00+01:00");
        }
        Document after = parse(build(src, "second").resolve("feed.xml"));
        List<String> afterIds = children(after.getDocumentElement(), "entry").stream().map(e -> text(e, "id")).toList();
        assertEquals(10, afterIds.size());
        assertTrue(afterIds.containsAll(ids.keySet()), "the old entries keep their ids");
    }

    @Test
    void theSameCommitBuildsTheSameBytesWithOrWithoutACache() throws Exception {
        Path src = Histories.sampleRepository(temp.resolve("repo"));
        Path a = Sites.build(src, temp.resolve("a"));
        Path cache = temp.resolve("cache");
        Path b = temp.resolve("b");
        Generator cached = Generator.builder().cacheFolder(cache).build();
        cached.build(src, b, List.of());
        // again, each commit's record now from the cache
        Path c = temp.resolve("c");
        cached.build(src, c, List.of());
        for (String page : List.of("history/buy-sofa-online.html", "changes.html", "feed.xml",
                "journeys/buy-sofa-online.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(page)), Files.readAllBytes(b.resolve(page)), page);
            assertArrayEquals(Files.readAllBytes(a.resolve(page)), Files.readAllBytes(c.resolve(page)), page);
        }
        assertTrue(Files.list(cache).findFirst().isPresent());
    }

    @Test
    void aCommitThatChangesNoFileStillUpdatesABuiltSite() throws Exception {
        Path src = Histories.sampleRepository(temp.resolve("repo"));
        Generator cached = Generator.builder().cacheFolder(temp.resolve("cache")).build();
        Path out = temp.resolve("out");
        cached.build(src, out, List.of());
        FixtureEdits.replace(src.resolve("journeys/retail/buy-sofa-online.yaml"), "title: Buying a sofa online",
                "title: Buying a sofa online, end to end");
        cached.build(src, out, List.of());
        assertFalse(read(out, "history/buy-sofa-online.html").contains("→ Buying a sofa online, end to end"),
                "an edit is not history");
        try (Git git = Git.open(src.getParent().getParent().toFile())) {
            Histories.commit(git, "Say it is end to end", "Marta Kowalska", "2026-11-25T09:00:00+01:00");
        }
        Generator.Build b = cached.build(src, out, List.of());
        assertFalse(b.upToDate(), "the commit changed the history");
        String page = read(out, "history/buy-sofa-online.html");
        assertTrue(page.contains("Say it is end to end"), page);
        assertTrue(page.contains("title: Buying a sofa online → Buying a sofa online, end to end"), page);
    }

    @Test
    void aShallowCloneSaysItsHistoryIsIncomplete() throws Exception {
        Path repo = Histories.sampleRepository(temp.resolve("repo")).getParent().getParent();
        // what CI's default checkout makes: a clone of the last two commits
        Path clone = temp.resolve("clone");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile()).setDepth(2).call().close();
        assertTrue(Files.exists(clone.resolve(".git/shallow")), "a shallow clone");
        Path site = build(clone.resolve("src/journeys"), "site");
        String page = read(site, "history/buy-sofa-online.html");
        assertTrue(page.contains("The history is incomplete: this site was built from a shallow clone"), page);
        assertTrue(read(site, "changes.html").contains("history-incomplete"));
        assertEquals(0, count(page, "<article class=\"history-entry"),
                "its last change is the boundary commit, whose parent the clone lacks");
        assertTrue(read(site, "history/smena-tarifa.html").contains("Moved from group telecom to retail"),
                "the last commit is told");
    }

    @Test
    void withoutGitThereAreNoHistoryPagesAndNoLinkToThem() throws Exception {
        Path src = temp.resolve("plain");
        Sites.copy(Sites.sample(), src);
        Path site = build(src, "site");
        assertFalse(Files.exists(site.resolve("changes.html")));
        assertFalse(Files.exists(site.resolve("history")));
        assertFalse(Files.exists(site.resolve("feed.xml")));
        assertFalse(read(site, "index.html").contains("changes.html"));
        assertFalse(read(site, "journeys/buy-sofa-online.html").contains("../history/"));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
