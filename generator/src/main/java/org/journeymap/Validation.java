package org.journeymap;

import java.util.List;
import org.journeymap.finding.Finding;
import org.journeymap.model.Project;

/**
 * The outcome of reading and checking a source folder: the model as far as it could be bound,
 * every finding sorted by file and line, and how many files were read. The project is null only
 * in the {@link Generator.Build} of a site found up to date, which reads no file.
 */
public record Validation(Project project, List<Finding> findings, int fileCount) {

    public Validation {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }
}
