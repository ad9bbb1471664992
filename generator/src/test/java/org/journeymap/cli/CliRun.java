package org.journeymap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command-line tool in a test: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    /** Runs the tool as if from the shell in folder cwd, with its own cache folder under cwd. */
    static CliRun of(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), cwd,
                Map.of("XDG_CACHE_HOME", cwd.resolve("xdg-cache").toString()));
        return new CliRun(status, out.toString(), err.toString());
    }
}
