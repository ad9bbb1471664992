package org.journeymap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeymap.schema.JsonSchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Writes the JSON Schemas of the YAML files, for completion in editors.",
                "One schema (draft 2020-12) each for site.yaml, touchpoints.yaml, persona files and journey files,"
                        + " with descriptions, for editors such as VS Code and IntelliJ."})
final class SchemaCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = {"The folder to write the four schemas into; created if missing:",
                    "site.schema.json", "touchpoints.schema.json", "persona.schema.json", "journey.schema.json"})
    Path output;

    SchemaCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        try {
            for (Path written : new JsonSchemaWriter().writeAll(cwd.resolve(output))) {
                spec.commandLine().getOut().println("wrote " + cwd.toAbsolutePath().relativize(written.toAbsolutePath()));
            }
            return Main.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("journeymap: cannot write the schemas to " + output + ": " + e);
            return Main.USAGE;
        }
    }
}
