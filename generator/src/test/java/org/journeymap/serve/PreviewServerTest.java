package org.journeymap.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path temp;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Sources.project(temp, Map.of(
                "personas/ben.yaml", "name: Ben\n",
                "journeys/help.yaml", Sources.JOURNEY.replace("title: Buying", "title: Getting help"),
                "journeys/return.yaml", Sources.JOURNEY.replace("title: Buying", "title: Returning")
                        .replace("persona: anna", "persona: ben")));
        server = PreviewServer.start(temp, 0, Generator.builder().build(), new Listener() {
            @Override
            public void phase(String line) {
                console.add(line);
            }
        });
        http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/_journeymap/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
        assertEquals("event: hello", next("event: "), "the event stream is open");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The next event line starting with the prefix, waiting for the watcher at most 20 s. */
    private String next(String prefix) throws InterruptedException {
        while (true) {
            String line = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(line, "no event line starting with '" + prefix + "' arrived");
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The data lines of the next event of the given name. */
    private List<String> event(String name) throws InterruptedException {
        while (!next("event: ").equals("event: " + name)) {
            // skip other events
        }
        List<String> data = new ArrayList<>();
        for (String line = events.poll(20, TimeUnit.SECONDS); line != null && !line.isEmpty();
                line = events.poll(20, TimeUnit.SECONDS)) {
            data.add(line.substring("data: ".length()));
        }
        return data;
    }

    /** The preview of another source folder instead, its event stream open. */
    private void restartOn(Path source) throws Exception {
        server.close();
        events.clear();
        server = PreviewServer.start(source, 0, Generator.builder().build(), Listener.SILENT);
        http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/_journeymap/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
        assertEquals("event: hello", next("event: "), "the event stream is open");
    }

    /**
     * The preview shows the history as of the last commit: an edit not committed is not history;
     * after a commit, the next edit brings the commit into the history pages.
     */
    @Test
    void theHistoryIsAsOfTheLastCommit() throws Exception {
        Path src = org.journeymap.testing.Histories.sampleRepository(temp.resolve("repo"));
        restartOn(src);
        String history = get("/history/buy-sofa-online.html").body();
        assertEquals(4, history.split("<article class=\"history-entry").length - 1, history);
        Path sofa = src.resolve("journeys/retail/buy-sofa-online.yaml");
        org.journeymap.testing.FixtureEdits.replace(sofa, "title: Buying a sofa online", "title: Buying a sofa, v2");
        assertTrue(event("reload").contains("journeys/buy-sofa-online.html"));
        event("reload"); // the pages that list every journey follow
        assertTrue(get("/journeys/buy-sofa-online.html").body().contains("Buying a sofa, v2"));
        assertFalse(get("/history/buy-sofa-online.html").body().contains("→ Buying a sofa, v2"), "an edit is no history");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(src.getParent().getParent().toFile())) {
            org.journeymap.testing.Histories.commit(git, "Shorter title", "Marta Kowalska", "2026-11-26T09:00:00+01:00");
        }
        org.journeymap.testing.FixtureEdits.replace(sofa, "title: Buying a sofa, v2", "title: Buying a sofa, v3");
        List<String> changed = event("reload");
        assertTrue(changed.contains("history/buy-sofa-online.html"), changed.toString());
        String after = get("/history/buy-sofa-online.html").body();
        assertTrue(after.contains("Shorter title") && after.contains("→ Buying a sofa, v2"), after);
        assertFalse(after.contains("→ Buying a sofa, v3"), "the new edit is not committed");
    }

    @Test
    void servesPagesWithTheLiveScriptAndOnlyFromLoopback() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<script src=\"/_journeymap/live.js\" defer></script>"));
        assertTrue(index.body().contains("content=\"connect-src 'self'; default-src &#39;none&#39;"), index.body());
        assertEquals(200, get("/journeys/buy.html").statusCode());
        assertEquals("text/css; charset=utf-8", get("/theme/journeymap.css").headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, get("/journeys/nothing.html").statusCode());
        assertEquals(404, get("/../../etc/passwd").statusCode());
        assertEquals(404, get("/journeys/buy.png").statusCode(), "the preview draws no PNGs");
    }

    @Test
    void anEditedJourneyReRendersOnlyThePagesItChanges() throws Exception {
        Files.writeString(temp.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("title: Buying", "title: Buying v2"));
        List<String> changed = event("reload");
        assertTrue(changed.contains("journeys/buy.html"), changed.toString());
        assertFalse(changed.contains("index.html"), "the portfolio follows in a second update: " + changed);
        assertFalse(changed.contains("journeys/help.html"), "an unrelated journey is not rendered again: " + changed);
        assertFalse(changed.contains("personas/ben.html"), changed.toString());
        assertTrue(get("/journeys/buy.html").body().contains("Buying v2"));
        List<String> index = event("reload");
        assertTrue(index.contains("index.html"), index.toString());
        assertFalse(index.contains("journeys/buy.html"), index.toString());
        assertTrue(console.stream().anyMatch(l -> l.matches("preview updated in \\d+ ms: \\d+ file\\(s\\) changed")),
                console.toString());
        assertTrue(get("/").body().contains("Buying v2"));
        String json = get("/data/site.json").body();
        assertTrue(json.contains("\"Buying v2\"") && json.contains("\"Getting help\""), json);
        assertTrue(get("/journeys/help.html").body().contains("Getting help"), "other pages are still served");
    }

    /**
     * After an edit of a file the folder's listing names, the preview keeps the listing; a file
     * added or deleted after that is still seen.
     */
    @Test
    void aJourneyAddedOrDeletedAfterAnEditIsSeen() throws Exception {
        Files.writeString(temp.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("title: Buying", "title: Buying v2"));
        event("reload");
        event("reload");
        Files.writeString(temp.resolve("journeys/renew.yaml"), Sources.JOURNEY.replace("title: Buying", "title: Renewing"));
        assertTrue(event("reload").contains("journeys/renew.html"));
        assertTrue(get("/journeys/renew.html").body().contains("Renewing"));
        assertTrue(get("/").body().contains("Renewing"), "the portfolio lists it");
        Files.delete(temp.resolve("journeys/renew.yaml"));
        assertTrue(event("reload").contains("journeys/renew.html"));
        assertEquals(404, get("/journeys/renew.html").statusCode());
        assertFalse(get("/").body().contains("Renewing"));
    }

    @Test
    void aJourneyThatNamesTheEditedOneIsRenderedAgainInTheSameUpdate() throws Exception {
        // help names buy as related, so its page shows buy's title; return names nothing
        Files.writeString(temp.resolve("journeys/help.yaml"), Sources.JOURNEY.replace("title: Buying",
                "title: Getting help\nrelated: [buy]"));
        event("reload");
        event("reload");
        Files.writeString(temp.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("title: Buying", "title: Buying v3"));
        List<String> changed = event("reload");
        assertTrue(changed.contains("journeys/buy.html"), changed.toString());
        assertTrue(changed.contains("journeys/help.html"), "the page that names it: " + changed);
        assertTrue(changed.contains("personas/anna.html"), "its persona's page: " + changed);
        assertFalse(changed.contains("personas/ben.html"), changed.toString());
        assertTrue(get("/journeys/help.html").body().contains("Buying v3"));
    }

    @Test
    void errorsAreShownWhileTheLastGoodSiteStaysUp() throws Exception {
        Files.writeString(temp.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("emotion: 1", "emotion: 7"));
        List<String> errors = event("errors");
        assertTrue(String.join("\n", errors).contains("buy.yaml:7:18: error: emotion 7 is outside the scale"), errors.toString());
        assertTrue(get("/_journeymap/status").body().contains("[emotion-out-of-scale]"));
        assertEquals(200, get("/journeys/buy.html").statusCode(), "the last good page is still served");
        assertTrue(console.stream().anyMatch(l -> l.contains("still serving the last good site")), console.toString());

        Files.writeString(temp.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("title: Buying", "title: Fixed"));
        event("reload");
        assertEquals("", get("/_journeymap/status").body());
        assertTrue(get("/journeys/buy.html").body().contains("Fixed"));
    }

    @Test
    void aTemplateEditReRendersEverything() throws Exception {
        Sources.write(temp, Map.of("templates/partials/footer.ftlh", "<footer>Preview footer</footer>\n"));
        List<String> changed = event("reload");
        assertTrue(changed.containsAll(List.of("index.html", "journeys/help.html", "personas/ben.html")), changed.toString());
        assertTrue(get("/journeys/help.html").body().contains("Preview footer"));

        // the preview keeps the parsed theme between journey edits, but not across a template edit
        Files.writeString(temp.resolve("journeys/buy.yaml"), Sources.JOURNEY.replace("title: Buying", "title: Buying v2"));
        event("reload");
        event("reload");
        Files.writeString(temp.resolve("templates/partials/footer.ftlh"), "<footer>Second footer</footer>\n");
        event("reload");
        assertTrue(get("/journeys/buy.html").body().contains("Second footer"));
        assertTrue(get("/journeys/help.html").body().contains("Second footer"));
    }
}
