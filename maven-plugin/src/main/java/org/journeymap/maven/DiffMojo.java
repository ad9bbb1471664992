package org.journeymap.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.journeymap.SourceFolderException;
import org.journeymap.diff.DiffResult;
import org.journeymap.output.OutputFolderException;
import org.journeymap.render.RenderException;

/**
 * Says what changed for the customer between the journeys at baseRef (read from git, no git
 * executable needed) and the working tree: diff.md for a pull-request comment and index.html
 * with each changed journey's curves before and after. Fails the build when the head has errors,
 * after writing the diff.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractJourneymapMojo {

    /** The git revision to compare with, such as origin/main or a commit id. */
    @Parameter(property = Properties.BASE_REF, defaultValue = "origin/main", required = true)
    String baseRef;

    /** Where diff.md and index.html are written; replaced whole. */
    @Parameter(property = Properties.DIFF_DIRECTORY, defaultValue = "${project.build.directory}/journeymap-diff",
            required = true)
    File diffDirectory;

    @Override
    void executeGoal() throws MojoFailureException, SourceFolderException, OutputFolderException, RenderException {
        DiffResult result = generator().diff(baseRef, source(), diffDirectory.toPath(), protectedFolders(),
                basedir.toPath());
        getLog().info("journeymap: diff against " + baseRef + " at " + diffDirectory.toPath().resolve("diff.md"));
        report(result.head());
    }
}
