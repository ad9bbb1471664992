package org.journeymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of long runs, on a clock the test moves. */
class ProgressLineTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private Listener line(boolean build, boolean quiet, Map<String, String> env, boolean terminal) {
        return ProgressLine.of(build, quiet, env, terminal, new PrintWriter(err), clock::get);
    }

    @Test
    void aRunOfMoreThanASecondOnATerminalShowsFilesPagesAndAPercentageInPlace() {
        Listener line = line(true, false, Map.of(), true);
        line.progress(Listener.READ, 10, 1000);
        assertEquals("", err.toString(), "nothing in the first second");
        clock.set(1_100_000_000L);
        line.progress(Listener.READ, 500, 1000);
        assertEquals("\rjourneymap: 500 of 1,000 files read · 15%\u001b[K", err.toString());
        clock.addAndGet(10_000_000L);
        line.progress(Listener.READ, 501, 1000);
        assertEquals(1, err.toString().split("\r", -1).length - 1, "not redrawn within a tenth of a second");
        clock.addAndGet(200_000_000L);
        line.progress(Listener.READ, 1000, 1000);
        line.progress(Listener.WRITTEN, 1500, 3000);
        clock.addAndGet(200_000_000L);
        line.progress(Listener.WRITTEN, 3000, 3000);
        assertTrue(err.toString().endsWith("\rjourneymap: 1,000 of 1,000 files read · 3,000 of 3,000 pages written"
                + " · 100%\u001b[K"), err.toString());
        ProgressLine.finish(line);
        assertTrue(err.toString().endsWith("100%\u001b[K\r\u001b[K"), "wiped before the findings");
    }

    @Test
    void validateShowsFilesReadOnly() {
        Listener line = line(false, false, Map.of(), true);
        clock.set(2_000_000_000L);
        line.progress(Listener.READ, 250, 1000);
        assertEquals("\rjourneymap: 250 of 1,000 files read · 25%\u001b[K", err.toString());
    }

    @Test
    void nothingUnderCiWithQuietOrWithoutATerminal() {
        assertSame(Listener.SILENT, line(true, false, Map.of("CI", "true"), true));
        assertSame(Listener.SILENT, line(true, true, Map.of(), true));
        assertSame(Listener.SILENT, line(false, false, Map.of(), false));
        assertTrue(line(true, false, Map.of("CI", "false"), true) instanceof ProgressLine);
    }

    @Test
    void aBuildReportsEveryFileReadAndEveryOutputWritten() throws Exception {
        List<String> seen = new ArrayList<>();
        Listener counting = new Listener() {
            @Override
            public synchronized void progress(String step, int done, int total) {
                seen.add(step + " " + done + "/" + total);
            }
        };
        Generator.builder().listener(counting).build().build(Sites.sample(), temp.resolve("site"), List.of());
        long personas;
        long journeys;
        try (var p = Files.list(Sites.sample().resolve("personas"));
             var j = Files.walk(Sites.sample().resolve("journeys"))) {
            personas = p.count();
            journeys = j.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        int files = (int) (personas + journeys);
        List<String> read = seen.stream().filter(s -> s.startsWith("read ")).toList();
        assertEquals(files, read.size());
        assertTrue(read.contains("read " + files + "/" + files), read.toString());
        List<String> written = seen.stream().filter(s -> s.startsWith("written ")).toList();
        String total = written.get(0).substring(written.get(0).indexOf('/') + 1);
        assertEquals(Integer.parseInt(total), written.size(), "one report per output");
        assertTrue(written.contains("written " + total + "/" + total));
        assertTrue(seen.indexOf(read.get(read.size() - 1)) < seen.indexOf(written.get(0)), "reading comes first");
    }
}
