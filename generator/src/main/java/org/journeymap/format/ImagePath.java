package org.journeymap.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one rule for an image path written in the sources (an avatar, a Markdown image): relative,
 * inside the source folder once normalised and once links are followed, an image by its
 * extension, and present. The validator reports the problem; the renderer copies only what
 * resolves.
 */
public final class ImagePath {

    /** The outcome: the file in the source folder, or what is wrong with the path. */
    public sealed interface Result permits Found, Problem {
    }

    /** The path names this image file, inside the source folder. */
    public record Found(Path file) implements Result {
    }

    /** The path cannot be used; the message completes "the image '...' ". */
    public record Problem(String message) implements Result {
    }

    private ImagePath() {
    }

    /** Whether a name ends in one of the image extensions the format allows (any case). */
    public static boolean isImageName(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && Format.IMAGE_EXTENSIONS.contains(lower.substring(dot + 1));
    }

    /**
     * Resolves a path against the source folder. A ':' anywhere is refused (a scheme, a Windows
     * drive or an alternate data stream), and so is a path starting with '/' or '\'.
     */
    public static Result resolve(Path sourceRoot, String path) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        if (path.isBlank() || path.contains(":") || path.startsWith("/") || path.startsWith("\\")) {
            return new Problem("is not a path inside the source folder; write a relative path such as assets/photo.jpg");
        }
        Path file;
        try {
            file = root.resolve(path).normalize();
            if (!file.startsWith(root)) {
                return new Problem("points outside the source folder; keep images under assets/");
            }
            if (!Files.isRegularFile(file)) {
                return new Problem("does not exist; add the file or fix the path (it is relative to the source folder)");
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                return new Problem("links to a file outside the source folder; copy the image in");
            }
        } catch (InvalidPathException | IOException e) {
            return new Problem("is not a valid path; write a relative path such as assets/photo.jpg");
        }
        if (!isImageName(path)) {
            return new Problem("is not an image; use a file ending in ." + String.join(", .", Format.IMAGE_EXTENSIONS));
        }
        return new Found(file);
    }
}
