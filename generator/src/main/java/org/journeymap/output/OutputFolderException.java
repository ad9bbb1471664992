package org.journeymap.output;

import java.nio.file.Path;

/** The output folder cannot be used or written; nothing already published was changed. */
public final class OutputFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public OutputFolderException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
