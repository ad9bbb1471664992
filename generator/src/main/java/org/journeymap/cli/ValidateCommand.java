package org.journeymap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks every file of a source folder and prints each finding with its file, line and column.",
                "Ends with a one-line summary (for json on standard error, so standard output stays JSON).",
                "Files parsed before are taken from the build cache; it never changes the findings."},
        footer = {"", "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O problem."})
final class ValidateCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions options;

    @Mixin
    CacheOptions cache;

    /** The build cache's folder when --cache-dir is not given. */
    private final Path defaultCache;

    /** The environment, which decides whether a progress line is shown (not under CI=true). */
    private final Map<String, String> env;

    ValidateCommand(Path cwd, Path defaultCache, Map<String, String> env) {
        this.cwd = cwd;
        this.defaultCache = defaultCache;
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validation validation;
        Listener progress = options.progress(false, env, err);
        try {
            validation = Generator.builder().cacheFolder(cache.folder(cwd, defaultCache)).listener(progress).build()
                    .check(cwd.resolve(options.source));
        } catch (SourceFolderException e) {
            ProgressLine.finish(progress);
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
        ProgressLine.finish(progress);
        options.report(validation, cwd, out, err);
        return validation.hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
