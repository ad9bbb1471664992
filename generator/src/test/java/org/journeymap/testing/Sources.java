package org.journeymap.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.report.ReportFormat;

/** Writes small source folders for tests and validates them. */
public final class Sources {

    public static final String PERSONA = "name: Anna\n";
    public static final String JOURNEY = """
            title: Buying
            persona: anna
            stages:
              - name: Browse
                steps:
                  - name: Looks
                    emotion: 1
            """;

    private Sources() {
    }

    /** Writes files (path relative to root to content) and returns root. */
    public static Path write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    /** A valid project with one persona and one journey, plus the given files. */
    public static Path project(Path root, Map<String, String> extra) throws IOException {
        write(root, Map.of("personas/anna.yaml", PERSONA, "journeys/buy.yaml", JOURNEY));
        return write(root, extra);
    }

    public static Validation validate(Path root) {
        try {
            return Generator.builder().build().validate(root);
        } catch (SourceFolderException e) {
            throw new AssertionError("the test's source folder could not be read: " + e.getMessage(), e);
        }
    }

    /** The findings as the text format prints them, paths relative to base, one per line. */
    public static String text(Validation v, Path base) {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.print(v.findings(), base, new PrintWriter(out));
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
