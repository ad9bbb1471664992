package org.journeymap.history;

import java.util.List;
import org.journeymap.diff.DiffLines;

/**
 * What one commit did to one journey file, on its own: how it changed (added, deleted, modified,
 * renamed; paths under the source folder), what changed for the customer in the diff's words,
 * and the journey as the commit left it. It does not know which journey of today the file is:
 * that follows from the commits after it.
 *
 * @param sections what changed for the customer; empty when the model did not change or a side
 *                 could not be read
 * @param details  whether the model changed in ways the sections do not name (a description,
 *                 an action, a thought)
 * @param readable whether both versions (the one, for an addition) could be read as a journey
 * @param version  the journey after the commit; null when deleted or unreadable
 */
public record FileChange(Type type, String oldPath, String newPath, List<DiffLines.Section> sections, boolean details,
                         boolean readable, Version version) {

    public enum Type { ADDED, DELETED, MODIFIED, RENAMED }

    public FileChange {
        sections = List.copyOf(sections);
    }

    /** Whether the commit changed the journey as a model (a rename or move always does). */
    boolean changesModel() {
        return type != Type.MODIFIED || !sections.isEmpty() || details || !readable;
    }
}
