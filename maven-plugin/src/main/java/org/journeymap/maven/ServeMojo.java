package org.journeymap.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.journeymap.SourceFolderException;
import org.journeymap.render.RenderException;
import org.journeymap.serve.PreviewServer;

/**
 * A local preview at http://localhost:PORT/ that reloads the open page when a YAML file, template
 * or asset changes. Only what an edit changes is rendered again; errors appear in the console and
 * on the page without stopping the server. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractJourneymapMojo {

    /** The port on localhost; 0 picks a free one. */
    @Parameter(property = Properties.PORT, defaultValue = "8080")
    int port;

    @Override
    void executeGoal() throws MojoExecutionException, SourceFolderException, RenderException {
        PreviewServer server;
        try {
            server = PreviewServer.start(source(), port, generator(), generatorListener());
        } catch (IOException e) {
            throw new MojoExecutionException("journeymap: cannot serve on port " + port + ": " + e.getMessage()
                    + "; choose another with -D" + Properties.PORT + "=8081", e);
        }
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                getLog().debug(e);
            }
        }, "journeymap-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("journeymap: serving " + server.uri() + " (press Ctrl-C to stop)");
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        getLog().info("journeymap: preview stopped");
    }
}
