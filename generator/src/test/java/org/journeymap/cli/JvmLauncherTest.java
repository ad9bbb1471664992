package org.journeymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmLauncherTest {

    @TempDir
    Path temp;

    @Test
    void theChildRunsTheSameCommandWithTheTunedOptionsBeforeTheUsersOwn() {
        List<String> command = JvmLauncher.childCommand(null, Optional.of("/opt/jdk/bin/java"),
                Optional.of(new String[] {"-Xmx2g", "-jar", "journeymap.jar", "build", "src", "-o", "out dir"})).orElseThrow();
        List<String> expected = new ArrayList<>();
        expected.add("/opt/jdk/bin/java");
        expected.addAll(JvmLauncher.OPTIONS);
        expected.add("-Djourneymap.fork=false");
        expected.addAll(List.of("-Xmx2g", "-jar", "journeymap.jar", "build", "src", "-o", "out dir"));
        assertEquals(expected, command);
    }

    @Test
    void noChildWhenAskedNotToOrWhenTheSystemDoesNotSayHowThisJvmStarted() {
        Optional<String> java = Optional.of("java");
        Optional<String[]> args = Optional.of(new String[] {"-jar", "journeymap.jar", "validate", "src"});
        assertEquals(Optional.empty(), JvmLauncher.childCommand("false", java, args));
        assertEquals(Optional.empty(), JvmLauncher.childCommand("", java, args));
        assertEquals(Optional.empty(), JvmLauncher.childCommand(null, Optional.empty(), args));
        assertEquals(Optional.empty(), JvmLauncher.childCommand(null, java, Optional.empty()));
    }

    @Test
    void onlyCommandsThatReadSourcesStartASecondJvm() {
        Optional<String> java = Optional.of("java");
        for (String quick : List.of("--version", "-h", "help", "schema")) {
            assertEquals(Optional.empty(), JvmLauncher.childCommand(null, java,
                    Optional.of(new String[] {"-jar", "journeymap.jar", quick})), quick);
        }
        for (String work : List.of("validate", "build", "diff", "import-mermaid")) {
            assertTrue(JvmLauncher.childCommand(null, java,
                    Optional.of(new String[] {"-Xmx1g", "-jar", "journeymap.jar", work, "src"})).isPresent(), work);
        }
    }

    @Test
    void aClassArchiveIsMadeByATrainingRunAfterTheSecondRunOfAJarAndUsedAfterwards() throws IOException {
        Path jar = java.nio.file.Files.writeString(temp.resolve("journeymap.jar"), "not really a jar");
        Path cache = temp.resolve("cache");
        String[] args = {"-Xmx1g", "-jar", jar.toString(), "build", "src", "-o", "out"};
        // the first run notes the jar and runs as before
        JvmLauncher.ClassArchive first = JvmLauncher.ClassArchive.of(args, cache, "jdk 17").orElseThrow();
        assertEquals(List.of(), first.options());
        assertTrue(first.prepare() && !first.makes());
        // the second runs as before too, then a training run on the jar's small project makes the
        // archive into a partial file, which is moved into place
        JvmLauncher.ClassArchive second = JvmLauncher.ClassArchive.of(args, cache, "jdk 17").orElseThrow();
        assertEquals(List.of(), second.options());
        assertTrue(second.prepare() && second.makes());
        List<String> training = second.training("java", temp.resolve("t"));
        assertTrue(training.containsAll(List.of("-XX:ArchiveClassesAtExit=" + second.partial(), "-Djourneymap.fork=false",
                "-jar", jar.toString(), "build", "--no-cache", temp.resolve("t/src").toString(), "-o",
                temp.resolve("t/site").toString())), training.toString());
        assertTrue(training.containsAll(JvmLauncher.OPTIONS), "the training JVM runs as the child does");
        java.nio.file.Files.writeString(second.partial(), "archive");
        second.settle();
        assertTrue(java.nio.file.Files.isRegularFile(second.file()));
        assertEquals(List.of(second.file().getFileName().toString()), names(second.file().getParent()));
        // later runs use it, with the JVM's reports about it kept off the command's output
        JvmLauncher.ClassArchive third = JvmLauncher.ClassArchive.of(args, cache, "jdk 17").orElseThrow();
        List<String> command = JvmLauncher.childCommand(null, Optional.of("java"), Optional.of(args),
                Optional.of(third)).orElseThrow();
        assertTrue(command.containsAll(List.of("-XX:SharedArchiveFile=" + second.file(), "-Xlog:cds=off")), command.toString());
        assertTrue(command.indexOf("-Xmx1g") > command.indexOf("-XX:SharedArchiveFile=" + second.file()));
        // another JVM or another jar makes its own, which replaces this one
        JvmLauncher.ClassArchive other = JvmLauncher.ClassArchive.of(args, cache, "jdk 21").orElseThrow();
        assertTrue(!other.file().equals(second.file()) && !other.exists());
        // none with --no-cache, without a jar, or for a command other than build and validate
        assertEquals(Optional.empty(), JvmLauncher.ClassArchive.of(new String[] {"-jar", jar.toString(), "build",
                "--no-cache", "src", "-o", "out"}, cache, "jdk 17"));
        assertEquals(Optional.empty(), JvmLauncher.ClassArchive.of(new String[] {"-cp", "x", "Main", "build"}, cache,
                "jdk 17"));
        assertEquals(Optional.empty(), JvmLauncher.ClassArchive.of(new String[] {"-jar", jar.toString(), "diff", "a",
                "b"}, cache, "jdk 17"));
        // --cache-dir names where the archive goes
        Path elsewhere = temp.resolve("elsewhere");
        assertTrue(JvmLauncher.ClassArchive.of(new String[] {"-jar", jar.toString(), "validate", "--cache-dir",
                elsewhere.toString(), "src"}, cache, "jdk 17").orElseThrow().file().startsWith(elsewhere));
    }

    /** A broken training project would make no archive, silently: it must build without a finding. */
    @Test
    void theTrainingProjectBuildsWithoutAFinding() throws Exception {
        Path src = temp.resolve("training");
        for (String name : JvmLauncher.ClassArchive.TRAINING) {
            try (java.io.InputStream in = JvmLauncher.class.getResourceAsStream("training/" + name)) {
                java.nio.file.Files.createDirectories(src.resolve(name).getParent());
                java.nio.file.Files.copy(in, src.resolve(name));
            }
        }
        java.io.StringWriter out = new java.io.StringWriter();
        int status = Main.run(new String[] {"build", "--no-cache", src.toString(), "-o", temp.resolve("site").toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(out), temp);
        assertEquals(0, status, out.toString());
        assertTrue(out.toString().contains("0 errors, 0 warnings"), out.toString());
        for (String page : List.of("index.html", "journeys/order.html", "journeys/order.png", "compare/order-next.html",
                "personas/ana.html", "touchpoints.html", "opportunities.html", "search.html", "sitemap.xml")) {
            assertTrue(java.nio.file.Files.isRegularFile(temp.resolve("site").resolve(page)), page);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record Exit(int status, String out) {
    }

    private Exit main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Exit(p.waitFor(), out);
    }

    @Test
    void theExitStatusAndTheReportComeThroughTheChild() throws Exception {
        Sources.project(temp.resolve("src"), Map.of("journeys/buy.yaml", Sources.JOURNEY.replace("emotion: 1", "emotion: 3")));
        Exit forked = main("org.journeymap.cli.Main", "validate", "src");
        Exit inProcess = main("-Djourneymap.fork=false", "org.journeymap.cli.Main", "validate", "src");
        assertEquals(1, forked.status(), forked.out());
        assertTrue(forked.out().contains("src/journeys/buy.yaml:"), forked.out());
        assertEquals(inProcess, forked);
    }

    @Test
    void runningOutOfMemoryIsReportedInOneLineWithWhatToDo() throws Exception {
        Sources.project(temp.resolve("src"), Map.of("journeys/buy.yaml", Sources.JOURNEY));
        // a heap far too small for the theme and the model: the command runs out of memory
        Exit exit = main("-Xmx8m", "-Djourneymap.fork=false", "org.journeymap.cli.Main", "build", "--no-cache", "src",
                "-o", "site");
        assertEquals(2, exit.status(), exit.out());
        assertTrue(exit.out().contains("journeymap: out of memory") && exit.out().contains("-Xmx2g"), exit.out());
        assertTrue(!exit.out().contains("\tat ") && !exit.out().contains("Exception in thread"), exit.out());
    }
}
