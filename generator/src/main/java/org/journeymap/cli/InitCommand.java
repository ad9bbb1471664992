package org.journeymap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeymap.init.Starter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Writes a starter journeys project into DIR, ready to commit, build and publish.",
                "It holds src/journeys (site, touchpoints, a persona and a journey showing every lane), a pom.xml"
                        + " using the Maven plugin at this version, GitHub and GitLab CI files, .gitignore and a README.",
                "DIR must be empty or missing; with --force the starter's files are added to it, but no existing"
                        + " file is overwritten."},
        footer = {"", "Exit status: 0 written, 2 usage or I/O problem, or DIR not empty without --force."})
final class InitCommand implements Callable<Integer> {

    private final Path cwd;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder for the new project; created when missing.")
    Path folder;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the content and the site's labels: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
    Starter.Language language;

    @Option(names = "--force", description = "Fill a folder that is not empty; existing files are kept as they are.")
    boolean force;

    InitCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = cwd.resolve(folder);
        try {
            String occupied = Starter.occupied(target);
            if (occupied != null && (!force || occupied.equals("it is a file"))) {
                err.println("journeymap: " + folder + " is not empty (" + occupied + "); name a new or empty folder,"
                        + " or add --force to add the starter's files without overwriting any");
                return Main.USAGE;
            }
            Starter.Result result = Starter.write(target, language);
            for (Path p : result.created()) {
                out.println("created " + cwd.toAbsolutePath().relativize(p.toAbsolutePath()));
            }
            for (Path p : result.kept()) {
                out.println("kept    " + cwd.toAbsolutePath().relativize(p.toAbsolutePath()) + " (it exists)");
            }
            out.println();
            out.println("Next: edit " + folder.resolve(Starter.journeyFile(language)) + ", then preview it with");
            out.println("  journeymap serve " + folder.resolve("src/journeys"));
            out.println("or, with Maven, cd " + folder + " && mvn package (the site goes to target/journeymap).");
            return Main.OK;
        } catch (IOException e) {
            err.println("journeymap: cannot write the starter to " + folder + ": " + e);
            return Main.USAGE;
        }
    }
}
