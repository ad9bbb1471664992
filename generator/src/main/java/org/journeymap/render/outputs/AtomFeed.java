package org.journeymap.render.outputs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.journeymap.diff.DiffLines;
import org.journeymap.history.Entry;
import org.journeymap.history.History;
import org.journeymap.render.HistoryViews;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.Views;
import org.journeymap.render.Xml;

/**
 * The latest changes as an Atom 1.0 feed (RFC 4287), for feed readers and chat connectors: one
 * entry per journey and commit, newest first. Each entry's id is a tag URI made of the site's
 * address, the commit and the journey, so it stays the same from build to build; the feed's
 * updated time is its newest commit's, never the clock. Only with a history and a baseUrl (an
 * Atom feed needs absolute links).
 */
public final class AtomFeed implements Output {

    @Override
    public String name() {
        return "atom-feed";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.JOURNEYS, Input.HISTORY, Input.PERSONAS, Input.SITE);
    }

    @Override
    public List<String> writes() {
        return List.of("feed.xml");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return pages.hasFeed();
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        String base = pages.site().baseUrl();
        History h = pages.history();
        HistoryViews views = new HistoryViews(pages);
        List<Entry> entries = h.latest().stream().limit(ChangesPage.LATEST).toList();
        try (Writer x = new java.io.BufferedWriter(new OutputStreamWriter(pages.open("feed.xml"), StandardCharsets.UTF_8))) {
            x.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\""
                    + Xml.escape(pages.site().language()) + "\">\n");
            x.write("  <id>" + Xml.escape(base + "feed.xml") + "</id>\n");
            x.write("  <title>" + Xml.escape(pages.site().title() + " · " + pages.label("changesTitle")) + "</title>\n");
            // the newest commit's time: the same commit gives the same feed
            x.write("  <updated>" + (entries.isEmpty() ? "1970-01-01T00:00:00Z" : rfc3339(entries.get(0).commit().when()))
                    + "</updated>\n");
            x.write("  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + Xml.escape(base + "feed.xml") + "\"/>\n");
            x.write("  <link rel=\"alternate\" type=\"text/html\" href=\"" + Xml.escape(base + "changes.html") + "\"/>\n");
            x.write("  <generator>journeymap</generator>\n");
            for (Entry e : entries) {
                Views.HistoryEntry v = views.entry(e, base);
                x.write("  <entry>\n");
                x.write("    <id>" + Xml.escape(id(base, e)) + "</id>\n");
                x.write("    <title>" + Xml.escape(v.journeyTitle() + ": " + (e.commit().subject().isEmpty() ? v.kind()
                        : e.commit().subject())) + "</title>\n");
                x.write("    <updated>" + rfc3339(e.commit().when()) + "</updated>\n");
                x.write("    <author><name>" + Xml.escape(e.commit().author().isEmpty() ? "?" : e.commit().author())
                        + "</name></author>\n");
                if (v.url() != null) {
                    x.write("    <link rel=\"alternate\" type=\"text/html\" href=\"" + Xml.escape(v.url()) + "\"/>\n");
                }
                x.write("    <summary type=\"text\">" + Xml.escape(summary(v)) + "</summary>\n");
                x.write("  </entry>\n");
            }
            x.write("</feed>\n");
        }
    }

    /** A tag URI (RFC 4151) of an entry: the site's host, the commit and the journey. */
    static String id(String base, Entry e) {
        String host = java.net.URI.create(base).getHost();
        return "tag:" + host + ",2026:journeymap/" + e.commit().id() + "/" + e.journey();
    }

    private static final java.time.format.DateTimeFormatter RFC_3339 =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", java.util.Locale.ROOT);

    /** A time as RFC 3339 writes it, always with seconds. */
    static String rfc3339(java.time.OffsetDateTime t) {
        return t.format(RFC_3339);
    }

    /** What the entry says, as plain text: what it did, then what changed, one line each. */
    private static String summary(Views.HistoryEntry v) {
        StringBuilder s = new StringBuilder(v.kind()).append('.');
        v.notes().forEach(n -> s.append('\n').append(n));
        for (DiffLines.Section section : v.sections()) {
            section.lines().forEach(line -> s.append('\n').append(line));
        }
        return s.toString();
    }
}
