package org.journeymap.maven;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.finding.Finding;
import org.journeymap.output.OutputFolderException;
import org.journeymap.render.RenderException;
import org.journeymap.report.ReportFormat;

/**
 * What every goal shares: the source folder, skip, and the one place where the generator's
 * exceptions become Maven's. Content mistakes fail the build (MojoFailureException, with file and
 * line); I/O problems and bugs are MojoExecutionException.
 */
abstract class AbstractJourneymapMojo extends AbstractMojo {

    /** The folder with site.yaml, touchpoints.yaml, personas/ and journeys/. */
    @Parameter(property = Properties.SOURCE_DIRECTORY, defaultValue = "${basedir}/src/journeys", required = true)
    File sourceDirectory;

    /** Skips the goal. */
    @Parameter(property = Properties.SKIP, defaultValue = "false")
    boolean skip;

    /** Fails the build on a warning too, not only on an error. */
    @Parameter(property = Properties.FAIL_ON_WARNING, defaultValue = "false")
    boolean failOnWarning;

    /** The published address; overrides baseUrl in site.yaml (absolute links, sitemap.xml, og:image). */
    @Parameter(property = Properties.BASE_URL)
    String baseUrl;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** Where GitHub Actions annotations go: standard output, read by the runner line by line. */
    PrintStream annotations = System.out;

    /** The environment, for GITHUB_ACTIONS; replaced in tests. */
    java.util.function.Function<String, String> environment = System::getenv;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("journeymap: skipped (" + Properties.SKIP + "=true)");
            return;
        }
        try {
            executeGoal();
        } catch (SourceFolderException e) {
            throw new MojoFailureException("journeymap: " + e.getMessage() + "; set <sourceDirectory> or -D"
                    + Properties.SOURCE_DIRECTORY + " to the folder with your journeys", e);
        } catch (OutputFolderException | RenderException e) {
            throw new MojoExecutionException("journeymap: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("journeymap: " + e.getMessage() + " (check -D" + Properties.BASE_URL + ")", e);
        }
    }

    /**
     * The build cache: what the next build can use again (the record of the site written, drawn
     * curves), kept outside the site. Restore it in CI to build faster; it never changes the site.
     */
    @Parameter(property = Properties.CACHE_DIR, defaultValue = "${project.build.directory}/journeymap-cache")
    File cacheDirectory;

    abstract void executeGoal() throws MojoExecutionException, MojoFailureException, SourceFolderException,
            OutputFolderException, RenderException;

    Generator generator() {
        return generator(false);
    }

    Generator generator(boolean rebuild) {
        return Generator.builder().baseUrl(baseUrl).listener(generatorListener()).rebuild(rebuild)
                .cacheFolder(cacheDirectory == null ? null : cacheDirectory.toPath()).build();
    }

    /** Phases at the default log level, details at -X. */
    Listener generatorListener() {
        return new Listener() {
            @Override
            public void phase(String line) {
                getLog().info("journeymap: " + line);
            }

            @Override
            public void detail(String line) {
                getLog().debug("journeymap: " + line);
            }
        };
    }

    Path source() {
        return sourceDirectory.toPath();
    }

    List<Path> protectedFolders() {
        return List.of(basedir.toPath());
    }

    /**
     * Logs every finding as file:line:column (errors as errors, warnings as warnings), adds GitHub
     * annotations under GITHUB_ACTIONS=true, and fails the build on an error or, with
     * failOnWarning, on a warning.
     */
    void report(Validation v) throws MojoFailureException {
        Path base = basedir.toPath();
        boolean github = "true".equalsIgnoreCase(environment.apply("GITHUB_ACTIONS"));
        for (Finding f : v.findings()) {
            String line = ReportFormat.text(f, base);
            if (f.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
            if (github) {
                annotations.println(ReportFormat.github(f, base));
            }
        }
        annotations.flush();
        boolean fail = v.hasErrors() || failOnWarning && !v.findings().isEmpty();
        if (fail) {
            Finding first = v.findings().stream().filter(f -> f.isError() || failOnWarning).findFirst().orElseThrow();
            throw new MojoFailureException("journeymap: " + ReportFormat.summary(v.errorCount(), v.warningCount(),
                    v.fileCount()) + (v.hasErrors() ? "" : " (" + Properties.FAIL_ON_WARNING + " is on)")
                    + "; the first is at " + ReportFormat.text(first, base));
        }
    }
}
