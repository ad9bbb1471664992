package org.journeymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymap.testing.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * journeymap serve as a user runs it: a process of its own, stopped as Ctrl-C stops it (SIGINT).
 */
class ServeCommandTest {

    @TempDir
    Path temp;
    private Process process;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("reading failed: " + e);
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line of output that matches, waiting at most 60 s for it. */
    private Matcher line(String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        StringBuilder seen = new StringBuilder();
        while (true) {
            String line = output.poll(60, TimeUnit.SECONDS);
            assertNotNull(line, "no line matching " + regex + " in:\n" + seen);
            seen.append(line).append('\n');
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return m;
            }
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTakenPortGivesAFreeOneOnLoopbackOnlyAndCtrlCStopsCleanly() throws Exception {
        Sources.project(temp.resolve("src/journeys"), Map.of());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start("src/journeys", "--port", String.valueOf(taken.getLocalPort()));
            line("port " + taken.getLocalPort() + " is in use; serving on a free port instead");
            Matcher serving = line("serving (http://127\\.0\\.0\\.1:(\\d+)/) \\(press Ctrl-C to stop\\)");
            URI address = URI.create(serving.group(1));
            int port = Integer.parseInt(serving.group(2));
            assertNotEquals(taken.getLocalPort(), port);

            HttpResponse<String> index = get(address);
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("/_journeymap/live.js"), "the page reloads itself");
            assertEquals(200, get(address.resolve("journeys/buy.html")).statusCode());

            // not reachable on the machine's other addresses
            Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
            if (outside.isPresent()) {
                try (Socket socket = new Socket()) {
                    assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(outside.get(), port), 2000));
                }
            }
        }
        // what Ctrl-C sends (Process.destroy would close our end of its output first)
        assertEquals(0, new ProcessBuilder("sh", "-c", "kill -INT " + process.pid()).start().waitFor());
        line("preview stopped");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped");
        assertEquals(130, process.exitValue(), "the status of a process ended by Ctrl-C");
    }

    @Test
    void withoutPortItPicksAFreeOneAndShowsStartUpErrorsUntilFixed() throws Exception {
        Path src = Sources.project(temp.resolve("src/journeys"), Map.of(
                "journeys/buy.yaml", Sources.JOURNEY.replace("emotion: 1", "emotion: 9")));
        start("src/journeys");
        line("1 error\\(s\\); still serving the last good site:");
        URI address = URI.create(line("serving (http://127\\.0\\.0\\.1:\\d+/) .*").group(1));
        HttpResponse<String> waiting = get(address.resolve("journeys/buy.html"));
        assertEquals(200, waiting.statusCode());
        assertTrue(waiting.body().contains("The sources have errors"), waiting.body());
        assertTrue(waiting.body().contains("emotion 9 is outside the scale"), waiting.body());
        assertTrue(waiting.body().contains("/_journeymap/live.js"), "it reloads itself once fixed");

        Files.writeString(src.resolve("journeys/buy.yaml"), Sources.JOURNEY);
        line("preview updated in \\d+ ms: \\d+ file\\(s\\) changed");
        HttpResponse<String> page = get(address.resolve("journeys/buy.html"));
        assertTrue(page.body().contains("<h1") && !page.body().contains("The sources have errors"), page.body());
        assertEquals("", get(address.resolve("_journeymap/status")).body(), "the errors are cleared");
    }

    @Test
    void aMissingSourceFolderIsAUsageError() throws Exception {
        start("nothing-here");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        line("journeymap: .*nothing-here.*");
    }
}
