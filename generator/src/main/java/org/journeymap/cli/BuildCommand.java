package org.journeymap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.output.OutputFolderException;
import org.journeymap.render.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Validates a source folder and, when no finding is an error, renders the site into OUTPUT_DIR.",
                "The site is built beside OUTPUT_DIR and swapped in whole; with an error nothing is written.",
                "A build cache outside the site keeps what the next build can use again; it never changes the site.",
                "When OUTPUT_DIR holds, untouched, the site built from the same files, nothing is written and the"
                        + " findings of that build are reported again."},
        footer = {"", "Exit status: 0 site written, 1 errors found (nothing written), 2 usage, I/O or output-folder problem."})
final class BuildCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR", required = true,
            description = "The folder to write the site to. It must be empty, missing, or a site journeymap wrote.")
    Path output;

    @Mixin
    CacheOptions cache;

    @Option(names = "--rebuild", description = "Render every page even when OUTPUT_DIR already holds the site"
            + " this journeymap wrote from the same files (by default such a build writes nothing).")
    boolean rebuild;

    /** The build cache's folder when --cache-dir is not given. */
    private final Path defaultCache;

    /** The environment, which decides whether a progress line is shown (not under CI=true). */
    private final Map<String, String> env;

    BuildCommand(Path cwd, Path defaultCache, Map<String, String> env) {
        this.cwd = cwd;
        this.defaultCache = defaultCache;
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Generator.Build build;
        Listener progress = options.progress(true, env, err);
        try {
            Path cacheFolder = cache.folder(cwd, defaultCache);
            build = Generator.builder().rebuild(rebuild).cacheFolder(cacheFolder).listener(progress).build()
                    .build(cwd.resolve(options.source), cwd.resolve(output), List.of(cwd.toAbsolutePath()));
        } catch (SourceFolderException | OutputFolderException | RenderException e) {
            ProgressLine.finish(progress);
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
        ProgressLine.finish(progress);
        Validation v = build.validation();
        PrintWriter summary = options.report(v, cwd, out, err);
        if (v.hasErrors()) {
            summary.println("nothing written: fix the errors above");
            return Main.FINDINGS;
        }
        summary.println(build.upToDate() ? "the site in " + output + " is up to date; nothing written"
                : "wrote " + build.filesWritten() + " files to " + output);
        if (build.history() != null) {
            summary.println(build.history());
        }
        return Main.OK;
    }
}
