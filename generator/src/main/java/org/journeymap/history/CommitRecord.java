package org.journeymap.history;

import java.util.List;

/**
 * One commit of the branch's first-parent history and what it did to the journey files against
 * its first parent: what the build cache keeps by commit id.
 */
public record CommitRecord(Commit commit, List<FileChange> changes) {

    public CommitRecord {
        changes = List.copyOf(changes);
    }
}
