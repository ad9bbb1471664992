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

    @Override
    void executeGoal() throws MojoFailureException, SourceFolderException, OutputFolderException, RenderException {
        Generator.Build build = generator().build(source(), outputDirectory.toPath(), protectedFolders());
        report(build.validation());
        getLog().info("journeymap: site at " + outputDirectory.toPath().resolve("index.html"));
    }
}
