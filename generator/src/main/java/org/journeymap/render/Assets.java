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
        // names that are their own slugs never meet, and marked names only if made to: then the
        // first by path, whichever page shows it first
        files.merge(out, file.get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        return Optional.of(out);
    }

    private Optional<Path> resolve(String path) {
        return ImagePath.resolve(root, path) instanceof ImagePath.Found found ? Optional.of(found.file())
                : Optional.empty();
    }

    /**
     * assets/ plus each folder as a slug and the file name as slug.ext (an image outside the
     * source folder's assets/ under assets/_/). A name that is not its
     * own slug gets six hexadecimal digits of the SHA-256 of the name as written, so that two
     * names with one slug ("Ewa Photo.png" and "ewa-photo.png") never share an output: the name
     * depends on nothing but the path, whichever page shows the image first.
     */
    static String outputPath(Path relative) {
        int parts = relative.getNameCount();
        int first = parts > 1 && relative.getName(0).toString().equals("assets") ? 1 : 0;
        // an image outside assets/ goes under assets/_/, a folder no slug can name
        StringBuilder out = new StringBuilder(first == 1 ? "assets" : "assets/_");
        for (int i = first; i < parts; i++) {
            String name = relative.getName(i).toString();
            if (i == parts - 1) {
                int dot = name.lastIndexOf('.');
                String base = Ids.slug(name.substring(0, dot));
                String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
                String slug = (base.isEmpty() ? "image" : base) + "." + ext;
                out.append('/').append(slug.equals(name) ? slug
                        : (base.isEmpty() ? "image" : base) + "-" + mark(name) + "." + ext);
            } else {
                String slug = Ids.slug(name);
                slug = slug.isEmpty() ? "folder" : slug;
                out.append('/').append(slug.equals(name) ? slug : slug + "-" + mark(name));
            }
        }
        return out.toString();
    }

    /** Six hexadecimal digits of the SHA-256 of a name as written. */
    private static String mark(String name) {
        return org.journeymap.cache.BuildCache.key(name).substring(0, 6);
    }

    synchronized Map<String, Path> files() {
        return new TreeMap<>(files);
    }
}
