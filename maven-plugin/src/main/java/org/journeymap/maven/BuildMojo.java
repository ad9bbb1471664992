package org.journeymap.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.output.OutputFolderException;
import org.journeymap.render.RenderException;

/**
 * Validates, then renders the site into outputDirectory: the portfolio, a page, an SVG and a PNG
 * per journey, persona pages. The new site replaces the old one in a single swap; with an error
 * the build fails and nothing is written.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractJourneymapMojo {

    /** Where the site is written; journeymap replaces this folder whole on every build. */
    @Parameter(property = Properties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/journeymap",
            required = true)
    File outputDirectory;

    /**
     * Renders every page even when outputDirectory already holds the site this journeymap wrote
     * from the same files and options; by default such a build writes nothing.
     */
    @Parameter(property = Properties.REBUILD, defaultValue = "false")
    boolean rebuild;

    @Override
    void executeGoal() throws MojoFailureException, SourceFolderException, OutputFolderException, RenderException {
        Generator.Build build = generator(rebuild).build(source(), outputDirectory.toPath(), protectedFolders());
        report(build.validation());
        getLog().info("journeymap: site at " + outputDirectory.toPath().resolve("index.html")
                + (build.upToDate() ? " (up to date, nothing written)" : ""));
    }
}
