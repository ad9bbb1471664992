package org.journeymap.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Edits of each kind of source file, made to a copy of the fixture ({@link Sites#fixture()}):
 * the tests that a cached build is a clean build, and that outputs read only what they declare,
 * go through them all.
 */
public final class FixtureEdits {

    /** One edit of the source folder. */
    public interface Edit {
        void apply(Path src) throws IOException;
    }

    private FixtureEdits() {
    }

    /** An edit of every kind of file that is not a journey's, by name, in an order that can be applied in turn. */
    public static Map<String, Edit> ofEveryKindButJourneys() {
        Map<String, Edit> edits = new LinkedHashMap<>();
        edits.put("a persona", s -> replace(s.resolve("personas/ewa.yaml"), "name: Ewa Zając", "name: Ewa Nowak"));
        edits.put("touchpoints", s -> replace(s.resolve("touchpoints.yaml"), "name: Oddział", "name: Placówka"));
        edits.put("site.yaml", s -> replace(s.resolve("site.yaml"), "title: Bank", "title: Nowy bank"));
        edits.put("a template override", s -> write(s.resolve("templates/404.ftlh"),
                "<#ftl output_format=\"HTML\"><!doctype html><title>${title}</title><p>Nie ma.</p>"));
        edits.put("a static override", s -> write(s.resolve("static/journeymap.css"), "body { color: #222 }\n"));
        edits.put("a measurement file", s -> replace(s.resolve("measurements/perevod.csv"), "3,4;2026-10",
                "3,9;2026-10"));
        edits.put("an image", s -> write(s.resolve("assets/ewa.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\"><rect width=\"2\" height=\"1\"/></svg>"));
        return edits;
    }

    /** Replaces the first occurrence of from, which the file must hold. */
    public static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), file + " has " + from);
        Files.writeString(file, s.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
