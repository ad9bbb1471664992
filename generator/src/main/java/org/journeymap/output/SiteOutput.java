package org.journeymap.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a rendered site goes. Paths are relative, '/'-separated, and come only from validated
 * ids and fixed names; implementations still refuse any path that would leave the output root.
 */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    default void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies a file that has already been checked to lie inside the source folder. */
    void copy(String path, Path source) throws IOException;

    /** Rejects absolute paths, empty segments, '.' and '..', and backslashes. */
    static String checkedPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("this is a bug: unsafe output path '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("this is a bug: unsafe output path '" + path + "'");
            }
        }
        return path;
    }
}
