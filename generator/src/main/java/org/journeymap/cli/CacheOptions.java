package org.journeymap.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the build cache is kept, or that none is: shared by the commands that read sources. */
final class CacheOptions {

    /** The two options exclude each other; picocli says so when both are given. */
    static final class Choice {
        @Option(names = "--cache-dir", paramLabel = "DIR", description = {
                "The build cache's folder (one sub-folder per source folder). Default:",
                "~/.cache/journeymap,", "or $XDG_CACHE_HOME/journeymap when set;",
                "on macOS ~/Library/Caches/journeymap;", "on Windows %%LOCALAPPDATA%%\\journeymap\\cache."})
        Path cacheDir;

        @Option(names = "--no-cache", description = "Read and write no build cache: every file is parsed and every page"
                + " and curve made anew.")
        boolean noCache;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** The cache folder to use: the one given, the default, or null for none. */
    Path folder(Path cwd, Path defaultFolder) {
        if (choice == null) {
            return defaultFolder;
        }
        return choice.noCache ? null : cwd.resolve(choice.cacheDir);
    }
}
