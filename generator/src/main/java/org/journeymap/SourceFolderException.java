package org.journeymap;

import java.nio.file.Path;

/**
 * The source folder cannot be read at all: it is missing, not a folder, or an I/O error stopped
 * the run. Problems in the files themselves are findings, never this exception.
 */
public final class SourceFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public SourceFolderException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
