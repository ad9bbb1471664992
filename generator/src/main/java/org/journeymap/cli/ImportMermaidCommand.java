package org.journeymap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.journeymap.Generator;
import org.journeymap.SourceFolderException;
import org.journeymap.Validation;
import org.journeymap.format.Ids;
import org.journeymap.interchange.MermaidImport;
import org.journeymap.load.Limits;
import org.journeymap.load.Text;
import org.journeymap.model.EmotionScale;
import org.journeymap.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-mermaid", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Turns a Mermaid journey diagram into a journey file of a source folder.",
                "Writes journeys/<id>.yaml and a persona file for every actor that has none, then validates"
                        + " the folder.",
                "Scores 1..5 are mapped linearly onto the site's emotion scale."},
        footer = {"", "Exit status: 0 written and valid, 1 a Mermaid syntax error or the folder has errors,"
                + " 2 usage or I/O problem (also: the journey file exists already)."})
final class ImportMermaidCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.mmd", description = "The Mermaid file with a journey diagram.")
    Path file;

    @Option(names = "--into", paramLabel = "SOURCE_DIR", required = true, description = "The source folder to write into.")
    Path into;

    @Option(names = "--id", paramLabel = "ID", description = "The journey's id; default: the file name as an id.")
    String id;

    ImportMermaidCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path source = cwd.resolve(file);
        Path folder = cwd.resolve(into);
        String text;
        try {
            if (Files.size(source) > Limits.MAX_FILE_BYTES) {
                err.println("journeymap: " + file + " is larger than " + Limits.MAX_FILE_BYTES + " bytes");
                return Main.USAGE;
            }
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("journeymap: cannot read " + file + ": " + e.getMessage());
            return Main.USAGE;
        }
        MermaidImport.Diagram diagram;
        try {
            diagram = MermaidImport.parse(text);
        } catch (MermaidImport.MermaidException e) {
            out.println(file.toString().replace('\\', '/') + ":" + e.line() + ":1: error: " + Text.sanitize(e.getMessage())
                    + " [mermaid-syntax]");
            return Main.FINDINGS;
        }
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String journeyId = id != null ? id : Ids.isValid(base) ? base : Ids.suggest(diagram.title() == null ? base
                : diagram.title());
        if (!Ids.isValid(journeyId)) {
            err.println("journeymap: '" + Text.forMessage(journeyId) + "' is not a valid id; choose one with --id");
            return Main.USAGE;
        }
        try {
            EmotionScale scale = EmotionScale.DEFAULT;
            if (Files.isDirectory(folder)) {
                scale = Generator.builder().build().validate(folder).project().site().emotionScale();
            }
            Path journey = folder.resolve("journeys").resolve(journeyId + ".yaml");
            if (Files.exists(journey)) {
                err.println("journeymap: " + cwd.relativize(journey.toAbsolutePath()) + " exists already; choose another id with --id");
                return Main.USAGE;
            }
            Files.createDirectories(journey.getParent());
            Files.writeString(journey, MermaidImport.journeyYaml(diagram, base, scale), StandardCharsets.UTF_8);
            out.println("wrote " + cwd.toAbsolutePath().relativize(journey.toAbsolutePath()));
            for (Map.Entry<String, String> actor : MermaidImport.personaIds(diagram).entrySet()) {
                Path persona = folder.resolve("personas").resolve(actor.getValue() + ".yaml");
                if (Files.notExists(persona) && Files.notExists(folder.resolve("personas").resolve(actor.getValue() + ".yml"))) {
                    Files.createDirectories(persona.getParent());
                    Files.writeString(persona, MermaidImport.personaYaml(actor.getKey()), StandardCharsets.UTF_8);
                    out.println("wrote " + cwd.toAbsolutePath().relativize(persona.toAbsolutePath()));
                }
            }
            Validation v = Generator.builder().build().validate(folder);
            ReportFormat.TEXT.print(v.findings(), cwd, out);
            out.println(ReportFormat.summary(v.errorCount(), v.warningCount(), v.fileCount()));
            return v.hasErrors() ? Main.FINDINGS : Main.OK;
        } catch (IOException | SourceFolderException e) {
            err.println("journeymap: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
