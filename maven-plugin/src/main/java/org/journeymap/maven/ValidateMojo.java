package org.journeymap.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.journeymap.SourceFolderException;

/**
 * Checks every persona and journey and reports each finding at its file, line and column; under
 * GITHUB_ACTIONS=true also as annotations on the pull request's lines. Fails the build on an
 * error, or on a warning with failOnWarning.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractJourneymapMojo {

    @Override
    void executeGoal() throws MojoFailureException, SourceFolderException {
        report(generator().check(source()));
    }
}
