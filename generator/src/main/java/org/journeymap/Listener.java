package org.journeymap;

/**
 * Hears what a run does: one line per phase (files read, findings, files written, time taken)
 * and details (each file and page) for verbose logs. Both do nothing unless overridden.
 */
public interface Listener {

    Listener SILENT = new Listener() {
    };

    default void phase(String line) {
    }

    default void detail(String line) {
    }

    /**
     * How far a long step has come: done of total units, where step is {@link #READ} (persona and
     * journey files) or {@link #WRITTEN} (the site's outputs). Called from any thread, once per
     * unit, so an implementation must be cheap and thread-safe.
     */
    default void progress(String step, int done, int total) {
    }

    /** The step of {@link #progress} that reads persona and journey files. */
    String READ = "read";

    /** The step of {@link #progress} that renders the site's outputs. */
    String WRITTEN = "written";
}
