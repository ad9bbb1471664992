package org.journeymap.history;

import java.util.List;
import org.journeymap.diff.DiffLines;

/**
 * One line of a journey's history: a commit that changed it, and how.
 *
 * @param renamedFrom the journey's id before the commit renamed its file, or null
 * @param movedFrom   the group (folder under journeys/) before the commit moved the file, or
 *                    null; "" is the top of journeys/
 * @param movedTo     the group after a move, or null
 * @param version     the journey as the commit left it; null when deleted or unreadable
 */
public record Entry(Commit commit, String journey, Kind kind, String renamedFrom, String movedFrom, String movedTo,
                    List<DiffLines.Section> sections, boolean details, boolean readable, Version version) {

    /** What the commit did to the journey. */
    public enum Kind { ADDED, RESTORED, CHANGED, DELETED }

    public Entry {
        sections = List.copyOf(sections);
    }

    /** A stable anchor of the entry on its history page, such as c-1a2b3c4. */
    public String anchor() {
        return "c-" + commit.shortId();
    }

    Entry as(Kind other) {
        return new Entry(commit, journey, other, renamedFrom, movedFrom, movedTo, sections, details, readable, version);
    }
}
