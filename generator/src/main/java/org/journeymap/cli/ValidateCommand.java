package org.journeymap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    ValidateCommand(Path cwd, Path defaultCache) {
        this.cwd = cwd;
        this.defaultCache = defaultCache;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validation validation;
        try {
            validation = Generator.builder().cacheFolder(cache.folder(cwd, defaultCache)).build().check(cwd.resolve(options.source));
        } catch (SourceFolderException e) {
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
        options.report(validation, cwd, out, err);
        return validation.hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
