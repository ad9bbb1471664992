package org.journeymap.history;

import java.util.List;
import java.util.Map;

/**
 * The history of a source folder's journeys from git: each journey's entries and every entry of
 * the portfolio, newest first.
 *
 * @param head       the commit the history was read at
 * @param commits    how many commits of the branch were read
 * @param incomplete why older history is missing: {@link Incomplete#NONE}, a shallow clone, or
 *                   the limit of site.yaml's history.commits
 */
public record History(String head, int commits, Incomplete incomplete, Map<String, List<Entry>> journeys,
                      List<Entry> latest) {

    public enum Incomplete { NONE, SHALLOW, LIMIT }

    public History {
        journeys = Map.copyOf(journeys);
        latest = List.copyOf(latest);
    }

    /**
     * The digest of a journey's entries (none for one never committed) with a notice of the
     * whole history, such as why it is incomplete: what the journey's history page is made of.
     */
    public static String digest(List<Entry> entries, String notice) {
        return HistoryRecords.digest(notice, entries);
    }

    /** A journey's entries, newest first; empty for one never committed. */
    public List<Entry> of(String journey) {
        return journeys.getOrDefault(journey, List.of());
    }
}
