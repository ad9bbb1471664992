package org.journeymap.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.journeymap.SourceFolderException;
import org.journeymap.render.RenderException;
import org.journeymap.serve.PreviewServer;

/**
 * A local preview at http://127.0.0.1:PORT/ that reloads the open page when a YAML file, template
 * or asset changes. Only what an edit changes is rendered again; errors appear in the console and
 * on the page without stopping the server. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractJourneymapMojo {

    /** The port on 127.0.0.1; 0, or a port in use, picks a free one (the log says which). */
    @Parameter(property = Properties.PORT, defaultValue = "8080")
    int port;

    @Override
    void executeGoal() throws MojoExecutionException, SourceFolderException, RenderException {
        try {
            PreviewServer.serveUntilStopped(source(), port, generator(), generatorListener());
        } catch (IOException e) {
            throw new MojoExecutionException("journeymap: cannot serve the preview: " + e.getMessage(), e);
        }
    }
}
