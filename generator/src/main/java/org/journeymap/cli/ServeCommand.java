package org.journeymap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.SourceFolderException;
import org.journeymap.render.RenderException;
import org.journeymap.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serves a live preview of the site on this computer and reloads the open page after an edit.",
                "Only 127.0.0.1 is bound. Each edit re-renders what it changes; while the sources have errors the"
                        + " page shows them (file:line:column, message, rule) over the last good site.",
                "Ctrl-C stops it."},
        footer = {"", "Exit status: 0 stopped, 2 usage or I/O problem (for example a source folder that does not exist)."})
final class ServeCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE_DIR", description = "The source folder, such as src/journeys.")
    Path source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port; when it is in use, or without --port, a free one is picked and printed.")
    int port;

    ServeCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("journeymap: --port " + port + " is not a port; give 1 to 65535, or leave it out for a free one");
            return Main.USAGE;
        }
        Listener console = new Listener() {
            @Override
            public void phase(String line) {
                out.println(line);
                out.flush();
            }
        };
        try {
            PreviewServer.serveUntilStopped(cwd.resolve(source), port, Generator.builder().build(), console);
            return Main.OK;
        } catch (SourceFolderException | RenderException e) {
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("journeymap: cannot serve the preview: " + e);
            return Main.USAGE;
        }
    }
}
