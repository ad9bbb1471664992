package org.journeymap.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers which SVG each published PNG was drawn from (by SHA-256), so that the next build
 * copies unchanged PNGs instead of drawing them again.
 */
public final class PngManifest {

    public static final String FILE = ".journeymap-png";

    private PngManifest() {
    }

    /** PNG path to hash, from a site written before; empty when there is none or it is unreadable. */
    public static Map<String, String> read(Path site) {
        Map<String, String> hashes = new TreeMap<>();
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(site.resolve(AtomicSiteWriter.MARKER))) {
            return hashes;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2 && parts[0].matches("[0-9a-f]{64}") && parts[1].matches("journeys/[a-z0-9-]+\\.png")) {
                    hashes.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            hashes.clear();
        }
        return hashes;
    }

    public static void write(SiteOutput out, Map<String, String> hashes) throws IOException {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, hash) -> s.append(hash).append(' ').append(path).append('\n'));
        out.write(FILE, s.toString());
    }
}
