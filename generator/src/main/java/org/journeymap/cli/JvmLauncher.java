package org.journeymap.cli;

import java.io.IOException;
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
 * caches is collected faster than a large one is first touched): on two cores a validate of
 * 1,000 journeys takes 1.8 s instead of 3.1 s, a build 7 s instead of 11 s and a sixth of the
 * memory (see docs/benchmarks.md). Options the user
 * gave to {@code java} come after these, so they win; {@code -Djourneymap.fork=false} runs in the
 * first JVM instead.
 */
final class JvmLauncher {

    /** The system property that says not to start a second JVM; the child gets it too. */
    static final String FORK = "journeymap.fork";

    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m",
            "-XX:-UsePerfData");

    private JvmLauncher() {
    }

    /**
     * The command that runs this process again in a tuned JVM, or empty when this process must
     * run the command itself: it was started with journeymap.fork=false (as the child is), or the
     * system does not say how it was started.
     */
    static Optional<List<String>> childCommand(String forkProperty, Optional<String> java, Optional<String[]> arguments) {
        if (forkProperty != null || java.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(OPTIONS);
        command.add("-D" + FORK + "=false");
        command.addAll(List.of(arguments.get()));
        return Optional.of(command);
    }

    /**
     * Runs the child and returns its exit status, or empty when this process must run the command
     * itself (see {@link #childCommand}, or the child could not be started).
     */
    static Optional<Integer> runChild() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = childCommand(System.getProperty(FORK), self.command(), self.arguments());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
        Thread stop = new Thread(child::destroy, "journeymap-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return Optional.of(status);
            } catch (InterruptedException e) {
                // nothing interrupts the main thread on purpose; keep waiting for the child
            } catch (IllegalStateException e) {
                return Optional.of(child.exitValue()); // shutting down already: the hook stops the child
            }
        }
    }
}
