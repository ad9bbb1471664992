package org.journeymap.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.journeymap.format.ImagePath;
import org.journeymap.format.Ids;

/**
 * Images referenced by the sources (avatars and Markdown images), checked again here so that
 * nothing outside the source folder can reach the site, and given safe output names under
 * assets/.
 */
final class Assets {

    private final Path root;
    /** Output path (under assets/) to the source file; sorted, so output is deterministic. */
    private final Map<String, Path> files = new TreeMap<>();

    Assets(Path sourceRoot) {
        this.root = sourceRoot.toAbsolutePath().normalize();
    }

    /** The output path of a source-relative image path, registering it for copying; empty when unsafe. */
    synchronized Optional<String> register(String path) {
        Optional<Path> file = resolve(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String out = outputPath(root.relativize(file.get()));
        // two images whose names make the same slug: the first by path, whichever page registers first
        files.merge(out, file.get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        return Optional.of(out);
    }

    private Optional<Path> resolve(String path) {
        return ImagePath.resolve(root, path) instanceof ImagePath.Found found ? Optional.of(found.file())
                : Optional.empty();
    }

    /** assets/ plus each folder as a slug and the file name as slug.ext. */
    static String outputPath(Path relative) {
        StringBuilder out = new StringBuilder("assets");
        int parts = relative.getNameCount();
        int first = parts > 1 && relative.getName(0).toString().equals("assets") ? 1 : 0;
        for (int i = first; i < parts; i++) {
            String name = relative.getName(i).toString();
            if (i == parts - 1) {
                int dot = name.lastIndexOf('.');
                String base = Ids.slug(name.substring(0, dot));
                out.append('/').append(base.isEmpty() ? "image" : base).append('.')
                        .append(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            } else {
                String slug = Ids.slug(name);
                out.append('/').append(slug.isEmpty() ? "folder" : slug);
            }
        }
        return out.toString();
    }

    synchronized Map<String, Path> files() {
        return new TreeMap<>(files);
    }
}
