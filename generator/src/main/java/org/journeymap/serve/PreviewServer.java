package org.journeymap.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.journeymap.Generator;
import org.journeymap.Listener;
import org.journeymap.SourceFolderException;
import org.journeymap.finding.Finding;
import org.journeymap.render.RenderException;
import org.journeymap.report.ReportFormat;

/**
 * A local preview of the site at http://127.0.0.1:PORT/. It renders the site into memory, watches
 * the source folder, re-renders what an edit changes, and tells open pages to reload through
 * server-sent events. While the sources have errors it keeps serving the last good site and shows
 * the errors on every open page and in the console. Only the loopback address is bound.
 */
public final class PreviewServer implements AutoCloseable {

    static final String LIVE = "/_journeymap/";
    private static final String CSP_META = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp",
            "xml", "application/xml; charset=utf-8");

    private final LiveSite site;
    private final Listener log;
    private final HttpServer http;
    private final SourceWatcher watcher;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Path source;
    private final byte[] liveScript;

    private PreviewServer(Path source, int port, Generator generator, Listener log)
            throws IOException, SourceFolderException, RenderException {
        this.source = source.toAbsolutePath().normalize();
        this.site = new LiveSite(this.source, generator);
        this.log = log;
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            this.liveScript = in.readAllBytes();
        }
        long start = System.nanoTime();
        report(site.rebuild(Set.of()), "preview ready", start);
        this.http = bind(port, log);
        this.http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "journeymap-preview");
            t.setDaemon(true);
            return t;
        }));
        this.http.createContext("/", this::handle);
        this.http.start();
        this.watcher = new SourceWatcher(this.source, this::changed);
    }

    /** Binds 127.0.0.1 at the port, or at a free one when it is 0 or taken (saying so). */
    private static HttpServer bind(int port, Listener log) throws IOException {
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        try {
            return HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException e) {
            if (port == 0) {
                throw e;
            }
            log.phase("port " + port + " is in use; serving on a free port instead");
            return HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        }
    }

    /**
     * The preview as the command line and the Maven plugin run it: starts it, says where, and
     * serves until the process is stopped (Ctrl-C), then closes it cleanly and says so.
     */
    public static void serveUntilStopped(Path source, int port, Generator generator, Listener log)
            throws IOException, SourceFolderException, RenderException {
        PreviewServer server = start(source, port, generator, log);
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                log.detail("closing the preview: " + e);
            }
            log.phase("preview stopped");
        }, "journeymap-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        log.phase("serving " + server.uri() + " (press Ctrl-C to stop)");
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }

    /** Renders the site and starts serving it on 127.0.0.1; port 0, or a port in use, picks a free port. */
    public static PreviewServer start(Path source, int port, Generator generator, Listener log)
            throws IOException, SourceFolderException, RenderException {
        return new PreviewServer(source, port, generator, log);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Blocks until {@link #close()} is called, for example by a shutdown hook on Ctrl-C. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void changed(Set<Path> paths) {
        long start = System.nanoTime();
        try {
            report(site.rebuild(paths), "preview updated", start);
            if (site.indexPending()) {
                report(site.rebuildIndex(), "portfolio and insight pages updated", start);
            }
        } catch (SourceFolderException | RenderException e) {
            log.phase("preview not updated: " + e.getMessage());
            broadcast("errors", e.getMessage());
        }
    }

    private void report(LiveSite.Update update, String what, long start) {
        if (!update.errors().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Finding f : update.errors()) {
                text.append(ReportFormat.text(f, Path.of("").toAbsolutePath())).append('\n');
            }
            log.phase(update.errors().size() + " error(s); still serving the last good site:\n" + text.toString().trim());
            broadcast("errors", text.toString());
            return;
        }
        log.phase(what + " in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + update.changed().size()
                + " file(s) changed");
        update.changed().forEach(p -> log.detail("changed " + p));
        broadcast("reload", String.join("\n", update.changed()));
    }

    private void broadcast(String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        byte[] bytes = message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LIVE + "events")) {
                events(exchange);
                return;
            }
            if (path.equals(LIVE + "live.js")) {
                send(exchange, 200, TYPES.get("js"), liveScript);
                return;
            }
            if (path.equals(LIVE + "status")) {
                StringBuilder text = new StringBuilder();
                site.errors().forEach(f -> text.append(ReportFormat.text(f, source)).append('\n'));
                send(exchange, 200, "text/plain; charset=utf-8", text.toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
            byte[] content = site.files().get(file);
            if (content == null && site.files().isEmpty()) {
                send(exchange, 200, TYPES.get("html"), live(waitingPage()));
                return;
            }
            if (content == null) {
                byte[] missing = site.files().get("404.html");
                send(exchange, 404, TYPES.get("html"), missing == null ? new byte[0] : live(missing));
                return;
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"),
                    ext.equals("html") ? live(content) : content);
        }
    }

    /**
     * What every address shows while the sources have had errors since the start, so that there is
     * no good site yet: the errors, updated and cleared by the live script, which reloads the page
     * once the site is there.
     */
    private byte[] waitingPage() {
        StringBuilder text = new StringBuilder();
        site.errors().forEach(f -> text.append(ReportFormat.text(f, source)).append('\n'));
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>journeymap preview: errors</title></head>\n<body><main><h1>The sources have errors</h1>"
                + "<p>The preview appears here as soon as they are fixed.</p><pre>"
                + text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</pre></main></body></html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the live-reload script to a page, and lets its policy allow the event stream. */
    private static byte[] live(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8)
                .replace(CSP_META, CSP_META + "connect-src 'self'; ")
                .replaceFirst("</head>", "<script src=\"" + LIVE + "live.js\" defer></script>\n</head>");
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("event: hello\ndata: " + site.version() + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        if (!site.errors().isEmpty()) {
            StringBuilder text = new StringBuilder();
            site.errors().forEach(f -> text.append(ReportFormat.text(f, source)).append('\n'));
            broadcast("errors", text.toString());
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() throws IOException {
        stopped.countDown();
        watcher.close();
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException e) {
                // the browser went away first
            }
        }
        http.stop(0);
    }
}
