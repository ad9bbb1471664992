package org.journeymap.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The journeymap command-line tool. Exit status: 0 when no finding is an error, 1 when one is,
 * 2 for a usage or I/O problem, 3 for an internal error (a bug in journeymap).
 */
@Command(name = "journeymap", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validates customer journey maps written as YAML and renders them as a website.",
        subcommands = {InitCommand.class, ValidateCommand.class, BuildCommand.class, ServeCommand.class, DiffCommand.class, ImportMermaidCommand.class,
                SchemaCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem, 3 internal error (a bug)."})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int BUG = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.Optional<Integer> child = JvmLauncher.runChild();
        if (child.isPresent()) {
            System.exit(child.get());
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, Path.of("")));
    }

    /** Runs a command as if from the shell in folder cwd; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path cwd) {
        return run(args, out, err, cwd, System.getenv());
    }

    /** The same, with these environment variables (they decide the default build cache folder). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Path cwd, java.util.Map<String, String> env) {
        try {
            return execute(args, out, err, cwd, env);
        } catch (OutOfMemoryError e) {
            // not a bug and not a finding: the sources need more memory than the JVM may take
            err.println("journeymap: out of memory: this Java may use at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, too little for these sources; give it"
                    + " more, for example java -Xmx2g -jar journeymap.jar ... (the Maven plugin: MAVEN_OPTS=-Xmx2g)");
            err.flush();
            return USAGE;
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, Path cwd,
                               java.util.Map<String, String> env) {
        CommandLine cli = commandLine(cwd, env);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("journeymap: internal error (this is a bug, please report it): " + e);
            for (StackTraceElement frame : e.getStackTrace()) {
                commandLine.getErr().println("    at " + frame);
            }
            commandLine.getErr().flush();
            return BUG;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The tool's commands, as run in folder cwd with these environment variables. */
    static CommandLine commandLine(Path cwd, java.util.Map<String, String> env) {
        return new CommandLine(new Main(), new Factory(cwd, env));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: init, validate, build, serve, diff, import-mermaid or schema");
    }

    /** Gives every command the folder that relative paths are printed against. */
    private record Factory(Path cwd, java.util.Map<String, String> env) implements CommandLine.IFactory {

        private Path defaultCache() {
            return org.journeymap.cache.BuildCache.defaultRoot(env, System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home")));
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ValidateCommand.class) {
                return cls.cast(new ValidateCommand(cwd, defaultCache(), env));
            }
            if (cls == BuildCommand.class) {
                return cls.cast(new BuildCommand(cwd, defaultCache(), env));
            }
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(cwd));
            }
            if (cls == InitCommand.class) {
                return cls.cast(new InitCommand(cwd));
            }
            if (cls == DiffCommand.class) {
                return cls.cast(new DiffCommand(cwd));
            }
            if (cls == ImportMermaidCommand.class) {
                return cls.cast(new ImportMermaidCommand(cwd));
            }
            if (cls == SchemaCommand.class) {
                return cls.cast(new SchemaCommand(cwd));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"journeymap " + (v == null ? "(development build)" : v) + ", format v1"};
        }
    }
}
