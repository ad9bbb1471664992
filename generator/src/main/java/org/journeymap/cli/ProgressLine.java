package org.journeymap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.journeymap.Listener;

/**
 * One line on standard error that says how far a long build or validation has come: files read,
 * pages written and a percentage, redrawn in place at most ten times a second. It appears only
 * once the run has taken a second, only when standard error is a terminal, never under CI=true
 * or --quiet, and is wiped before the findings are printed, so that logs never hold it.
 */
final class ProgressLine implements Listener {

    private static final long SHOW_AFTER = 1_000_000_000L;
    private static final long REDRAW_EVERY = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final boolean build;
    private final long start;
    private long drawnAt;
    private boolean drawn;
    private int read;
    private int toRead;
    private int written;
    private int toWrite;

    private ProgressLine(PrintWriter err, LongSupplier clock, boolean build) {
        this.err = err;
        this.clock = clock;
        this.build = build;
        this.start = clock.getAsLong();
        this.drawnAt = start - REDRAW_EVERY;
    }

    /**
     * The progress line for a run of build (or else validate), or a listener that shows nothing:
     * with --quiet, under CI=true, or when standard error is not a terminal.
     */
    static Listener of(boolean build, boolean quiet, Map<String, String> env, boolean terminal, PrintWriter err,
                       LongSupplier clock) {
        if (quiet || !terminal || "true".equalsIgnoreCase(env.getOrDefault("CI", ""))) {
            return Listener.SILENT;
        }
        return new ProgressLine(err, clock, build);
    }

    /** Wipes the line, if it was drawn, so that what is printed next starts a clean line. */
    static void finish(Listener listener) {
        if (listener instanceof ProgressLine line) {
            line.wipe();
        }
    }

    /**
     * Whether this process's standard error is a terminal: on Linux it is when file descriptor 2
     * is a terminal device; elsewhere when the JVM has a console (standard input and output are
     * terminals), the best Java 17 can tell.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void progress(String step, int done, int total) {
        if (step.equals(READ)) {
            read = Math.max(read, done);
            toRead = total;
        } else if (step.equals(WRITTEN)) {
            written = Math.max(written, done);
            toWrite = total;
        }
        long now = clock.getAsLong();
        if (now - start < SHOW_AFTER || now - drawnAt < REDRAW_EVERY) {
            return;
        }
        drawnAt = now;
        drawn = true;
        err.print("\r" + text() + "\u001b[K");
        err.flush();
    }

    /** The line as it is drawn now, without the terminal's control characters. */
    synchronized String text() {
        StringBuilder line = new StringBuilder("journeymap: ");
        line.append(String.format(Locale.ROOT, "%,d of %,d files read", read, toRead));
        if (build && toWrite > 0) {
            line.append(String.format(Locale.ROOT, " · %,d of %,d pages written", written, toWrite));
        }
        double share = toRead == 0 ? 0 : (double) read / toRead;
        if (build) {
            // reading is about a third of a clean build, rendering the rest
            share = 0.3 * share + 0.7 * (toWrite == 0 ? 0 : (double) written / toWrite);
        }
        return line.append(String.format(Locale.ROOT, " · %d%%", (int) Math.floor(share * 100))).toString();
    }

    private synchronized void wipe() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
