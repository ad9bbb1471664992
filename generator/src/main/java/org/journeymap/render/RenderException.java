package org.journeymap.render;

/**
 * The site cannot be rendered for a reason outside the sources: a missing font, a broken
 * template override. The message says what to do.
 */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
