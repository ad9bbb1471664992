package org.journeymap.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The starter project that {@code journeymap init} writes: a source folder with a site, its
 * touchpoints, one persona, one journey that shows every lane and a measurement file, in English,
 * Polish or Russian;
 * a pom.xml using the Maven plugin at this journeymap's version; GitHub and GitLab CI files with
 * the build cache restored; a .gitignore and a short README for the team. It never overwrites a
 * file: each is created only if it does not exist yet.
 */
public final class Starter {

    /** The languages a starter can be written in (content, site labels and README). */
    public enum Language { en, pl, ru }

    /** What {@link #write} did: the files created, and those left alone because they existed. */
    public record Result(List<Path> created, List<Path> kept) {
    }

    /**
     * The source folder's files by language: persona, journey (their ids are their file names),
     * and a measurement file as an analytics tool exports it (semicolons and decimal commas in
     * Polish and Russian, as their Excel writes CSV).
     */
    private static final Map<Language, List<String>> CONTENT = Map.of(
            Language.en, List.of("personas/sam.yaml", "journeys/sign-up.yaml", "measurements/web-analytics.csv"),
            Language.pl, List.of("personas/ola.yaml", "journeys/zalozenie-konta.yaml", "measurements/analityka.csv"),
            Language.ru, List.of("personas/anna.yaml", "journeys/registraciya.yaml", "measurements/analitika.csv"));

    private static final String BASE = "/org/journeymap/init/";

    private Starter() {
    }

    /** The version of journeymap that the starter's pom.xml asks for: this one. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Starter.class.getResourceAsStream("/org/journeymap/version.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("this journeymap was built without its version.properties (this is a bug)", e);
        }
        return p.getProperty("version");
    }

    /** The path of the starter's journey, relative to the project folder. */
    public static String journeyFile(Language language) {
        return "src/journeys/" + CONTENT.get(language).get(1);
    }

    /**
     * Whether folder may receive a starter without --force: it is missing or empty. Returns what
     * it holds otherwise (a few names, for the message), or null when it may.
     */
    public static String occupied(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return null;
        }
        if (!Files.isDirectory(folder)) {
            return "it is a file";
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            if (names.isEmpty()) {
                return null;
            }
            return "it holds " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? ", ..." : "");
        }
    }

    /** Writes the starter into folder (created when missing); existing files are kept as they are. */
    public static Result write(Path folder, Language language) throws IOException {
        String journey = CONTENT.get(language).get(1);
        String journeyId = journey.substring(journey.indexOf('/') + 1, journey.length() - ".yaml".length());
        Map<String, String> values = Map.of("@ARTIFACT@", artifactId(folder), "@VERSION@", version(),
                "@JOURNEY@", journeyId);
        List<String[]> files = new ArrayList<>();
        for (String f : List.of("site.yaml", "touchpoints.yaml")) {
            files.add(new String[] {language + "/" + f, "src/journeys/" + f});
        }
        for (String f : CONTENT.get(language)) {
            files.add(new String[] {language + "/" + f, "src/journeys/" + f});
        }
        files.add(new String[] {language + "/README.md", "README.md"});
        files.add(new String[] {"common/pom.xml", "pom.xml"});
        files.add(new String[] {"common/gitignore", ".gitignore"});
        files.add(new String[] {"common/github/workflows/journeys.yml", ".github/workflows/journeys.yml"});
        files.add(new String[] {"common/gitlab-ci.yml", ".gitlab-ci.yml"});
        List<Path> created = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (String[] f : files) {
            Path target = folder.resolve(f[1]);
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                kept.add(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, fill(resource(f[0]), values), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                created.add(target);
            } catch (FileAlreadyExistsException e) {
                kept.add(target);
            }
        }
        return new Result(List.copyOf(created), List.copyOf(kept));
    }

    /** A Maven artifact id from the folder's name: lower case letters, digits and hyphens. */
    static String artifactId(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "journeys" : id;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Starter.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the starter's " + name + " is missing from this journeymap (this is a bug)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fill(String text, Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }
}
