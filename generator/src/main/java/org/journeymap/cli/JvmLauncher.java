package org.journeymap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the command in a second JVM tuned for a short batch run, as launchers of other Java
 * tools do, because {@code java -jar} cannot carry JVM options.
 *
 * <p>A build is a few seconds of work on a cold JVM. With the JDK's defaults most of the processor
 * goes to the optimising JIT compiler (C2), which rarely pays back in a run this short, and the
 * G1 collector grows the heap to a quarter of the machine's memory. The child JVM compiles with
 * C1 only and uses the serial collector with a small young generation (32 MB: most of what a
 * run allocates lives on in the model, and a young generation that stays in the processor's
 * caches is collected faster than a large one is first touched); after a collection at most 30%
 * of the heap stays free (the default, 70%, let the heap grow to three times what lives in it: a
 * build of 5,000 journeys took 610 MB of memory instead of 476 MB, in the same time). On two cores
 * a validate of 1,000 journeys takes 1.8 s instead of 3.1 s, a build 7 s instead of 11 s and a
 * sixth of the memory (see docs/benchmarks.md). The child also maps the classes it needs from a
 * class-data-sharing archive that an earlier run made ({@link ClassArchive}). Options the user
 * gave to {@code java} come after these, so they win; {@code -Djourneymap.fork=false} runs in the
 * first JVM instead.
 */
final class JvmLauncher {

    /** The system property that tells the child it makes a class archive as it exits. */
    static final String ARCHIVING = "journeymap.archiving";

    /** The system property that says not to start a second JVM; the child gets it too. */
    static final String FORK = "journeymap.fork";

    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-UsePerfData");

    private JvmLauncher() {
    }

    /**
     * The command that runs this process again in a tuned JVM, or empty when this process must
     * run the command itself: it was started with journeymap.fork=false (as the child is), or the
     * system does not say how it was started.
     */
    static Optional<List<String>> childCommand(String forkProperty, Optional<String> java, Optional<String[]> arguments) {
        return childCommand(forkProperty, java, arguments, Optional.empty());
    }

    /** The same, with the class archive the child uses or makes (see {@link ClassArchive}). */
    static Optional<List<String>> childCommand(String forkProperty, Optional<String> java, Optional<String[]> arguments,
                                               Optional<ClassArchive> archive) {
        if (forkProperty != null || java.isEmpty() || arguments.isEmpty() || !works(arguments.get())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(OPTIONS);
        if (archive.isPresent()) {
            command.addAll(archive.get().options());
        }
        command.add("-D" + FORK + "=false");
        command.addAll(List.of(arguments.get()));
        return Optional.of(command);
    }

    /** The commands that read a source folder, for which a tuned JVM pays; the others (--version, help, schema) run here. */
    private static final List<String> WORKING = List.of("validate", "build", "diff", "import-mermaid");

    /** Whether a java command line runs a jar's command that reads sources (the first argument after the jar). */
    static boolean works(String[] arguments) {
        for (int i = 0; i + 2 < arguments.length; i++) {
            if (arguments[i].equals("-jar")) {
                return WORKING.contains(arguments[i + 2]);
            }
        }
        return true; // not started with -jar (a class path, a launcher of its own): as before
    }

    /**
     * A class-data-sharing archive for the child: the classes a run of one command loads (the
     * YAML parser, Freemarker, Jackson, picocli and journeymap's own), as the JVM maps them from a
     * file instead of reading and verifying them from the jar, which shortens every run by about
     * half a second. An archive is made by running the command on a small project of every kind of
 * page that the jar carries (a training run, as class-data sharing is usually set up), so that
 * making it costs the same two seconds and little memory whatever the sources; the first run of a
 * command with a jar only notes the jar, the second makes the archive after it has finished, and
 * later runs use it: a CI job that runs a freshly built or downloaded jar once never pays for one. It lives
     * in the build cache's folder, under jvm/, named by the jar (path, size, time) and the JVM, so
     * a new journeymap or a new Java makes a new one; the JVM itself checks that an archive fits,
     * and ignores one that does not. With --no-cache there is none.
     *
     * @param file    the archive
     * @param exists  whether to use it (true) or to make it after the command (false)
     * @param partial where the training run writes it before it is moved into place, when this
     *                run makes it; null when this run only notes the jar
     * @param jar     the jar that runs
     * @param command the command: build or validate
     */
    record ClassArchive(Path file, boolean exists, Path partial, Path jar, String command) {

        /** The training project's files, under this package's training/ resources. */
        static final List<String> TRAINING = List.of("site.yaml", "touchpoints.yaml", "personas/ana.yaml",
                "journeys/order.yaml", "journeys/order-next.yaml");

        /** The child's options: those that use the archive, when there is one. */
        List<String> options() {
            // -Xlog: the JVM reports archives that do not fit, and classes it cannot archive, on stdout
            return exists ? List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                    : List.of();
        }

        /** Whether this run makes the archive, after the command. */
        boolean makes() {
            return !exists && partial != null;
        }

        /**
         * The training run that makes the archive: the command on the training project in
         * folder, with the child's options, writing the archive as it exits.
         */
        List<String> training(String java, Path folder) {
            List<String> run = new ArrayList<>(List.of(java));
            run.addAll(OPTIONS);
            run.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-D" + FORK + "=false", "-jar", jar.toString(), command, "--no-cache",
                    folder.resolve("src").toString()));
            if (command.equals("build")) {
                run.addAll(List.of("-o", folder.resolve("site").toString()));
            }
            return run;
        }

        /** Runs the training run and moves the archive into place; nothing of it fails the command. */
        void train(String java) {
            Path folder = null;
            try {
                folder = Files.createTempDirectory("journeymap-training-");
                for (String name : TRAINING) {
                    try (java.io.InputStream in = JvmLauncher.class.getResourceAsStream("training/" + name)) {
                        if (in == null) {
                            return; // not this jar's resource: no archive
                        }
                        Path to = folder.resolve("src").resolve(name);
                        Files.createDirectories(to.getParent());
                        Files.copy(in, to);
                    }
                }
                Process p = new ProcessBuilder(training(java, folder)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                Thread stop = new Thread(p::destroy, "journeymap-stop-training");
                Runtime.getRuntime().addShutdownHook(stop);
                int status = p.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                if (status == 0) {
                    settle();
                }
            } catch (IOException | RuntimeException e) {
                // the next run tries again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // a stray partial archive is never used: it has no archive's name
                }
                delete(folder);
            }
        }

        private static void delete(Path folder) {
            if (folder == null) {
                return;
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // left for the system's temporary folder cleaning
            }
        }

        /** The file that says a run of this command has seen this jar. */
        private Path seen() {
            String name = file.getFileName().toString();
            return file.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + ".seen");
        }

        /**
         * The archive for a command line, or empty: when it does not run a jar, asks for no cache,
         * or runs no command.
         *
         * @param cacheRoot the build cache's folder when none is given on the command line
         */
        static Optional<ClassArchive> of(String[] arguments, Path cacheRoot, String jvm) {
            List<String> args = List.of(arguments);
            int jar = args.indexOf("-jar");
            if (jar < 0 || jar + 2 >= args.size() || args.contains("--no-cache")) {
                return Optional.empty();
            }
            String command = args.get(jar + 2);
            if (!command.equals("build") && !command.equals("validate")) {
                return Optional.empty();
            }
            Path root = cacheRoot;
            for (int i = jar + 3; i < args.size(); i++) {
                if (args.get(i).equals("--cache-dir") && i + 1 < args.size()) {
                    root = Path.of(args.get(i + 1));
                } else if (args.get(i).startsWith("--cache-dir=")) {
                    root = Path.of(args.get(i).substring("--cache-dir=".length()));
                }
            }
            try {
                Path code = Path.of(args.get(jar + 1)).toAbsolutePath().normalize();
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(code,
                        java.nio.file.attribute.BasicFileAttributes.class);
                String key = nameKey(code + "\n" + a.size() + "\n" + a.lastModifiedTime().toMillis() + "\n" + jvm);
                Path folder = root.toAbsolutePath().normalize().resolve("jvm");
                Path file = folder.resolve(command + "-" + key + ".jsa");
                ClassArchive archive = new ClassArchive(file, Files.isRegularFile(file), null, code, command);
                return Optional.of(archive.exists() || !Files.isRegularFile(archive.seen()) ? archive
                        : new ClassArchive(file, false, folder.resolve(".tmp-" + command + "-" + key + "-"
                        + ProcessHandle.current().pid() + ".jsa"), code, command));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /**
         * Sixteen hexadecimal digits that tell one jar and JVM from another in an archive's name
         * (64-bit FNV-1a): no cryptographic digest, whose provider would take this JVM a tenth of
         * a second to load before the child can start; a name shared by chance only costs a
         * mismatched archive, which the JVM checks against the jar and ignores.
         */
        static String nameKey(String what) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < what.length(); i++) {
                h ^= what.charAt(i);
                h *= 0x100000001b3L;
            }
            String hex = Long.toHexString(h);
            return "0".repeat(16 - hex.length()) + hex;
        }

        /**
         * Before the child starts: the folder for an archive it makes. False when it cannot be
         * made, and then the child runs without one.
         */
        boolean prepare() {
            if (exists) {
                return true;
            }
            try {
                Files.createDirectories(file.getParent());
                if (partial == null) {
                    Files.write(seen(), new byte[0]);
                }
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        /**
         * After the training run: moves the archive it made into place, and removes the archives
         * of the same command made by other jars or JVMs. Nothing fails here: without an archive the
         * next run makes one again.
         */
        void settle() {
            if (exists || partial == null) {
                return;
            }
            try {
                if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                    try {
                        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    try (java.util.stream.Stream<Path> others = Files.list(file.getParent())) {
                        for (Path other : others.toList()) {
                            String name = other.getFileName().toString();
                            if (name.startsWith(command + "-") && (name.endsWith(".jsa") || name.endsWith(".seen"))
                                    && !other.equals(file)) {
                                Files.deleteIfExists(other);
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the next run makes it again
            }
        }
    }

    /**
     * Runs the child and returns its exit status, or empty when this process must run the command
     * itself (see {@link #childCommand}, or the child could not be started).
     */
    static Optional<Integer> runChild() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (System.getProperty(FORK) != null) {
            return Optional.empty();
        }
        // plain statements, no lambdas: the first lambda costs this JVM tens of milliseconds to set up,
        // all of them before the child starts
        Optional<ClassArchive> archive = Optional.empty();
        if (self.arguments().isPresent()) {
            archive = ClassArchive.of(self.arguments().get(), org.journeymap.cache.BuildCache.defaultRoot(),
                    System.getProperty("java.home") + " " + System.getProperty("java.vm.version"));
            if (archive.isPresent() && !archive.get().prepare()) {
                archive = Optional.empty();
            }
        }
        Optional<List<String>> command = childCommand(System.getProperty(FORK), self.command(), self.arguments(),
                archive);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
        Thread stop = new Thread("journeymap-stop-child") {
            @Override
            public void run() {
                child.destroy();
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                if (archive.isPresent() && archive.get().makes()) {
                    archive.get().train(command.get().get(0));
                }
                return Optional.of(status);
            } catch (InterruptedException e) {
                // nothing interrupts the main thread on purpose; keep waiting for the child
            } catch (IllegalStateException e) {
                return Optional.of(child.exitValue()); // shutting down already: the hook stops the child
            }
        }
    }
}
