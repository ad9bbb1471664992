import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.serve.PreviewServer;

/**
 * Measures the live preview: starts it on a copy of a source folder, edits one journey's title
 * several times, and reports the median time from saving the file to the edited page being
 * served, and to the portfolio and insight pages following.
 *
 * usage: java -cp generator/target/journeymap.jar generator/bench/ServeRebuild.java SOURCE [EDITS]
 */
public class ServeRebuild {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path copy = Files.createTempDirectory("journeymap-serve-bench-");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path journey;
        try (Stream<Path> walk = Files.walk(copy.resolve("journeys"))) {
            journey = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
        BlockingQueue<String> phases = new LinkedBlockingQueue<>();
        Listener listener = new Listener() {
            @Override
            public void phase(String line) {
                phases.add(line);
            }
        };
        long start = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(copy, 0, Generator.builder().build(), listener)) {
            System.out.printf("first render of the whole site: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            String original = Files.readString(journey);
            List<Long> page = new ArrayList<>();
            List<Long> reported = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                phases.clear();
                long t0 = System.nanoTime();
                Files.writeString(journey, original.replaceFirst("title: \"", "title: \"Edit " + i + " "));
                String updated = await(phases, "preview updated in ");
                long t1 = System.nanoTime();
                await(phases, "portfolio and insight pages updated in ");
                long t2 = System.nanoTime();
                page.add((t1 - t0) / 1_000_000);
                reported.add(Long.parseLong(updated.replaceAll("preview updated in (\\d+) ms.*", "$1")));
                all.add((t2 - t0) / 1_000_000);
            }
            System.out.printf("edited journey re-rendered (median of %d edits): %d ms; saved file to page served: %d ms;"
                    + " to portfolio and insight pages served: %d ms%n", edits, median(reported), median(page), median(all));
        } finally {
            try (Stream<Path> walk = Files.walk(copy)) {
                for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String await(BlockingQueue<String> phases, String prefix) throws InterruptedException {
        while (true) {
            String line = phases.poll(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the preview did not report '" + prefix + "' within 2 minutes");
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.contains("error")) {
                throw new IllegalStateException("the edit made the source invalid: " + line);
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
