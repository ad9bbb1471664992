package org.journeymap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.diff.DiffResult;
import org.journeymap.output.OutputFolderException;
import org.journeymap.render.RenderException;
import org.journeymap.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Says what changed for the customer between two versions of a source folder.",
                "Writes OUT/diff.md (a pull-request comment) and OUT/index.html (the same as a page, with curves"
                        + " before and after).",
                "Two versions in folders:",
                "  diff BASE_DIR HEAD_DIR -o OUT",
                "The base version read from git at REF (HEAD_DIR defaults to the current folder):",
                "  diff --base-ref REF [HEAD_DIR] -o OUT"},
        footer = {"", "Exit status: 0 diff written (whatever changed), 1 the head version has errors (the diff is"
                + " written all the same, with the errors first), 2 usage, I/O or git problem."})
final class DiffCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Option(names = "--base-ref", paramLabel = "REF",
            description = "Read the base version from the git repository holding HEAD_DIR at this revision,"
                    + " such as origin/main.")
    String baseRef;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "The folder for diff.md and index.html; replaced whole.")
    Path output;

    @Parameters(paramLabel = "DIR", arity = "0..2", description = "BASE_DIR HEAD_DIR, or with --base-ref only HEAD_DIR.")
    List<Path> folders = List.of();

    DiffCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean twoFolders = baseRef == null && folders.size() == 2;
        boolean refAndHead = baseRef != null && folders.size() <= 1;
        if (!twoFolders && !refAndHead) {
            err.println("journeymap: name BASE_DIR and HEAD_DIR, or --base-ref REF and at most HEAD_DIR");
            return Main.USAGE;
        }
        DiffResult result;
        try {
            Generator generator = Generator.builder().build();
            List<Path> guarded = List.of(cwd.toAbsolutePath());
            result = baseRef == null
                    ? generator.diff(cwd.resolve(folders.get(0)), cwd.resolve(folders.get(1)), cwd.resolve(output), guarded,
                    cwd)
                    : generator.diff(baseRef, cwd.resolve(folders.isEmpty() ? Path.of(".") : folders.get(0)),
                    cwd.resolve(output), guarded, cwd);
        } catch (SourceFolderException | OutputFolderException | RenderException e) {
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
        ReportFormat.TEXT.print(result.head().findings(), cwd, out);
        out.println(result.diff().added().size() + " added, " + result.diff().removed().size() + " removed, "
                + result.diff().changed().size() + " changed journeys; wrote " + output.resolve("diff.md") + " and "
                + output.resolve("index.html"));
        return result.head().hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
