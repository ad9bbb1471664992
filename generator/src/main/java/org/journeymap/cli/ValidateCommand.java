package org.journeymap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks every file of a source folder and prints each finding with its file, line and column.",
                "Ends with a one-line summary (for json on standard error, so standard output stays JSON)."},
        footer = {"", "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O problem."})
final class ValidateCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "text (path:line:column: severity: message [rule]), github (workflow annotations)"
                    + " or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Parameters(paramLabel = "SOURCE_DIR", description = "The source folder, such as src/journeys.")
    Path source;

    ValidateCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validation validation;
        try {
            validation = Generator.builder().build().validate(cwd.resolve(source));
        } catch (SourceFolderException e) {
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
        format.print(validation.findings(), cwd, out);
        String summary = ReportFormat.summary(validation.errorCount(), validation.warningCount(),
                validation.fileCount());
        (format == ReportFormat.JSON ? err : out).println(summary);
        return validation.hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
