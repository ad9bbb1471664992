package org.journeymap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.journeymap.Generator;
import org.journeymap.Validation;
import org.journeymap.output.MemoryOutput;
import org.journeymap.render.SiteRenderer;

/** Renders the test sites: the fixture under src/test/resources/site and the sample journeys. */
public final class Sites {

    private Sites() {
    }

    public static Path fixture() {
        return Path.of("src/test/resources/site/src").toAbsolutePath();
    }

    /** A source folder with HTML, SVG, script, CSS and template payloads in every text field. */
    public static Path injection() {
        return Path.of("src/test/resources/injection/src").toAbsolutePath();
    }

    public static Path sample() {
        return DocExamples.projectRoot().resolve("sample-journeys/src/journeys");
    }

    public static MemoryOutput render(Path source) throws Exception {
        Validation v = Sources.validate(source);
        if (v.hasErrors()) {
            throw new AssertionError("the test site does not validate: " + v.findings());
        }
        MemoryOutput out = new MemoryOutput();
        new SiteRenderer().render(v.project(), out, new SiteRenderer.Options(true, org.journeymap.cache.BuildCache.NONE));
        return out;
    }

    /** Builds a site into a folder through the same path as the command line. */
    public static Path build(Path source, Path output) throws Exception {
        Generator.Build build = Generator.builder().build().build(source, output, List.of());
        if (build.validation().hasErrors()) {
            throw new AssertionError("the test site does not validate: " + build.validation().findings());
        }
        return output;
    }

    /** Every file below a folder with the given extension. */
    public static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(extension)).sorted().toList());
        }
    }

    /** Copies a folder and everything in it, such as the fixture into a folder a test may change. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
