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

    /**
     * A stream that becomes the file at path when closed: for content too large to build in
     * memory first. By default buffered and handed to {@link #write(String, byte[])}.
     */
    default java.io.OutputStream open(String path) throws IOException {
        checkedPath(path);
        SiteOutput site = this;
        return new java.io.ByteArrayOutputStream() {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    site.write(path, toByteArray());
                }
            }
        };
    }

    /** Copies a file that has already been checked to lie inside the source folder. */
    void copy(String path, Path source) throws IOException;

    /**
     * Puts a file of the previous build, unchanged, at path: by default a copy; a writer that
     * replaces that build may link it instead.
     */
    default void reuse(String path, Path previous) throws IOException {
        copy(path, previous);
    }

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
