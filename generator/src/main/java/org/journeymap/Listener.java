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
}
