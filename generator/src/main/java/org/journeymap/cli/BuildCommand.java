package org.journeymap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.output.OutputFolderException;
import org.journeymap.render.RenderException;
import org.journeymap.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Validates a source folder and, when no finding is an error, renders the site into OUTPUT_DIR.",
                "The site is built beside OUTPUT_DIR and swapped in whole; with an error nothing is written."},
        footer = {"", "Exit status: 0 site written, 1 errors found (nothing written), 2 usage, I/O or output-folder problem."})
final class BuildCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "How findings are printed: text, github or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT_DIR", required = true,
            description = "The folder to write the site to. It must be empty, missing, or a site journeymap wrote.")
    Path output;

    @Parameters(paramLabel = "SOURCE_DIR", description = "The source folder, such as src/journeys.")
    Path source;

    BuildCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Generator.Build build;
        try {
            build = Generator.builder().build().build(cwd.resolve(source), cwd.resolve(output),
                    List.of(cwd.toAbsolutePath()));
        } catch (SourceFolderException | OutputFolderException | RenderException e) {
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
        Validation v = build.validation();
        format.print(v.findings(), cwd, out);
        PrintWriter summary = format == ReportFormat.JSON ? err : out;
        summary.println(ReportFormat.summary(v.errorCount(), v.warningCount(), v.fileCount()));
        if (v.hasErrors()) {
            summary.println("nothing written: fix the errors above");
            return Main.FINDINGS;
        }
        summary.println("wrote " + build.filesWritten() + " files to " + output);
        return Main.OK;
    }
}
