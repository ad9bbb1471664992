package org.journeymap.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.journeymap.Listener;
import org.journeymap.Validation;
import org.journeymap.report.ReportFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The source folder and how findings are printed: shared by the commands that validate. */
final class SourceOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (path:line:column: severity: message [rule]), github (workflow annotations)"
                    + " or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-q", "--quiet"}, description = "Print only the findings and errors: no summary line, no"
            + " progress line.")
    boolean quiet;

    @Parameters(paramLabel = "SOURCE_DIR", description = "The source folder, such as src/journeys.")
    Path source;

    /** The progress line for this run (nothing with --quiet, under CI=true or without a terminal). */
    Listener progress(boolean build, Map<String, String> env, PrintWriter err) {
        return ProgressLine.of(build, quiet, env, ProgressLine.standardErrorIsTerminal(), err, System::nanoTime);
    }

    /**
     * Prints the findings, paths relative to cwd, then the summary line; returns where the summary
     * went (standard error for json, so that standard output stays JSON; nowhere with --quiet).
     */
    PrintWriter report(Validation v, Path cwd, PrintWriter out, PrintWriter err) {
        format.print(v.findings(), cwd, out);
        PrintWriter summary = quiet ? new PrintWriter(Writer.nullWriter())
                : format == ReportFormat.JSON ? err : out;
        summary.println(ReportFormat.summary(v.errorCount(), v.warningCount(), v.fileCount()));
        return summary;
    }
}
