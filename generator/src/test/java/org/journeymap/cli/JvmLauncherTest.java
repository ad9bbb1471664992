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
}
