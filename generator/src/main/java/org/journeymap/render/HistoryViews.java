package org.journeymap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeymap.diff.DiffWords;
import org.journeymap.history.Entry;
import org.journeymap.history.History;
import org.journeymap.history.Version;
import org.journeymap.model.Journey;
import org.journeymap.model.Numbers;

/** What the history page, the changes page and the journey page show of the history from git. */
public final class HistoryViews {

    /** How many versions' curves a history page draws. */
    static final int RECENT_CURVES = 3;

    private final Pages pages;
    private final DiffWords words;

    public HistoryViews(Pages pages) {
        this.pages = pages;
        this.words = DiffWords.of(pages.site().language());
    }

    /** An entry as a page at root (such as "../") shows it. */
    public Views.HistoryEntry entry(Entry e, String root) {
        Journey j = pages.journey(e.journey());
        List<String> notes = new ArrayList<>();
        if (e.renamedFrom() != null) {
            notes.add(words.fill("history.renamed", "before", e.renamedFrom()));
        }
        if (e.movedFrom() != null) {
            notes.add(words.fill("history.moved", "before", group(e.movedFrom()), "after", group(e.movedTo())));
        }
        if (e.details()) {
            notes.add(words.word("history.details"));
        }
        if (!e.readable()) {
            notes.add(words.word("history.unreadable"));
        }
        return new Views.HistoryEntry(e.anchor(), e.journey(), j == null ? e.journey() : j.title(), j != null,
                e.commit().day(), e.commit().when().toString(), e.commit().shortId(),
                pages.site().commitLink(e.commit().id()), e.commit().author(), e.commit().subject(),
                words.word("history.kind." + e.kind().name()), notes, e.sections(),
                j == null ? null : root + "history/" + e.journey() + ".html#" + e.anchor());
    }

    private String group(String g) {
        return g.isEmpty() ? words.word("history.topLevel") : g;
    }

    /** A journey's history page. */
    public Views.HistoryPage page(Journey j) {
        History h = pages.history();
        List<Entry> entries = h.of(j.id());
        List<Views.HistoryEntry> views = entries.stream().map(e -> entry(e, "../")).toList();
        // the versions, oldest first, that have an emotion to chart
        List<Entry> versions = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Version v = entries.get(i).version();
            if (v != null && v.average() != null) {
                versions.add(entries.get(i));
            }
        }
        freemarker.core.TemplateHTMLOutputModel chart = null;
        String description = null;
        if (versions.size() >= 2) {
            List<EmotionCurve.Point> points = versions.stream().map(e -> new EmotionCurve.Point(e.anchor(),
                    label(e), false)).toList();
            EmotionCurve curve = new EmotionCurve(words.word("history.chart") + ": " + j.title(), points, List.of(
                    new CurveSeries(words.word("history.chart.average"), versions.stream()
                            .map(e -> e.version().average()).toList(), false),
                    new CurveSeries(words.word("history.chart.lowest"), versions.stream()
                            .map(e -> e.version().lowest()).toList(), false)), pages.scale(), pages.words());
            chart = pages.markup(curve.svg("history-" + j.id(), "#"));
            description = curve.description();
        }
        List<Views.VersionCurve> recent = new ArrayList<>();
        for (Entry e : entries) {
            if (recent.size() == RECENT_CURVES) {
                break;
            }
            Version v = e.version();
            if (v == null || v.average() == null) {
                continue;
            }
            List<EmotionCurve.Point> points = new ArrayList<>();
            for (int i = 0; i < v.curve().size(); i++) {
                points.add(new EmotionCurve.Point("s" + i, Integer.toString(i + 1), false));
            }
            String name = j.personaIds().isEmpty() ? j.title() : pages.name(j.personaIds().get(0));
            EmotionCurve curve = new EmotionCurve(j.title(), points, List.of(new CurveSeries(name, v.curve(), false)),
                    pages.scale(), pages.words());
            // the version's steps may differ from today's: its words are its average and lowest point
            recent.add(new Views.VersionCurve(label(e), pages.markup(curve.sparkline(words.fill("history.curveOf",
                    "version", label(e), "persona", name, "average", Numbers.format(v.average()),
                    "lowest", Numbers.format(v.lowest()))))));
        }
        return new Views.HistoryPage(j, views, chart, description, recent, incomplete(h));
    }

    /** Which version an entry left: "2026-11-20 (1a2b3c4)". */
    private String label(Entry e) {
        return words.fill("history.version", "date", e.commit().day(), "commit", e.commit().shortId());
    }

    /** Why the history is incomplete, in words, or null when it is complete. */
    public String incomplete(History h) {
        return switch (h.incomplete()) {
            case NONE -> null;
            case SHALLOW -> words.word("history.incomplete.SHALLOW");
            case LIMIT -> words.fill("history.incomplete.LIMIT", "n", h.commits());
        };
    }

    /** "7 changes, last on 2026-11-20", or that there is none yet, for the journey page. */
    public String summary(String journey) {
        List<Entry> entries = pages.history().of(journey);
        return entries.isEmpty() ? words.word("history.none")
                : words.fill("history.summary", "n", entries.size(), "date", entries.get(0).commit().day());
    }

    /** The latest entries of the portfolio, at most max, by day (newest first), for a page at the site's top. */
    public List<Views.ChangeDay> days(int max) {
        Map<String, List<Views.HistoryEntry>> byDay = new LinkedHashMap<>();
        pages.history().latest().stream().limit(max).forEach(e -> byDay.computeIfAbsent(e.commit().day(),
                k -> new ArrayList<>()).add(entry(e, "")));
        return byDay.entrySet().stream().map(d -> new Views.ChangeDay(d.getKey(), d.getValue())).toList();
    }
}
