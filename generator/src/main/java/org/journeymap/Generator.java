package org.journeymap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeymap.bind.ModelBinder;
import org.journeymap.finding.Findings;
import org.journeymap.load.SourceFolder;
import org.journeymap.validate.ProjectValidator;

/**
 * The one entry point that the command-line tool and the Maven plugin share. Immutable and
 * thread-safe; build it once and use it for any number of source folders.
 *
 * <pre>{@code
 * Validation v = Generator.builder().build().validate(Path.of("src/journeys"));
 * }</pre>
 */
public final class Generator {

    private Generator() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and checks every file of a source folder; never throws for a problem in a file. */
    public Validation validate(Path sourceFolder) throws SourceFolderException {
        Path root = sourceFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SourceFolderException(root, Files.exists(root)
                    ? "the source folder " + sourceFolder + " is not a folder"
                    : "the source folder " + sourceFolder + " does not exist", null);
        }
        Findings findings = new Findings();
        try {
            SourceFolder folder = SourceFolder.scan(root, findings);
            var project = new ModelBinder().bind(folder, findings);
            ProjectValidator.validate(project, findings);
            return new Validation(project, findings.settle(project.site().rules()), folder.fileCount());
        } catch (IOException e) {
            throw new SourceFolderException(root, "cannot read the source folder " + sourceFolder + ": " + e, e);
        }
    }

    /** Configures a {@link Generator}; later options (output, theme, base URL) are added here. */
    public static final class Builder {

        private Builder() {
        }

        public Generator build() {
            return new Generator();
        }
    }
}
