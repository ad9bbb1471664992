package org.journeymap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an expected file. Run {@code mvn verify -Djourneymap.bless=true} to
 * rewrite the expected files after a deliberate change, then review the diff in git.
 */
public final class Golden {

    private Golden() {
    }

    public static boolean blessing() {
        return Boolean.parseBoolean(System.getProperty("journeymap.bless", "false"));
    }

    public static void assertMatches(Path expectedFile, String actual) throws IOException {
        if (blessing()) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8)
                : "(missing " + expectedFile + ": run mvn verify -Djourneymap.bless=true to create it)";
        assertEquals(expected, actual, "output differs from " + expectedFile
                + " (after a deliberate change, re-bless with -Djourneymap.bless=true)");
    }
}
