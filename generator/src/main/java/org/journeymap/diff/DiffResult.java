package org.journeymap.diff;

import org.journeymap.Validation;

/** A finished diff: both validations, what changed, and the Markdown written to diff.md. */
public record DiffResult(Validation base, Validation head, ProjectDiff diff, String markdown) {
}
