package org.journeymap.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a source folder and everything below it, and reports each burst of changes once:
 * an editor that writes a file in several steps causes one rebuild, not several.
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * How long the folder must stay quiet before a burst of changes is reported: editors write a
     * file, or a temporary file and a rename, within a few milliseconds, and every millisecond here
     * is one the author waits for the page (file watchers of build tools wait 20 to 50 ms). A file
     * written in pieces further apart shows an error for a moment, cleared by the next burst.
     */
    private static final long QUIET_MILLIS = 30;

    private final Path root;
    private final WatchService service;
    private final Thread thread;

    SourceWatcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root;
        this.service = FileSystems.getDefault().newWatchService();
        registerAll(root);
        this.thread = new Thread(() -> loop(onChange), "journeymap-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Watches a folder and every folder below it. Each folder is registered before its entries are
     * listed, so a sub-folder created meanwhile is either listed or reported by the folder's own
     * key; listing first and registering after would lose a folder created in between, and with it
     * every later edit inside it.
     */
    private void registerAll(Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    registerAll(entry);
                }
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = service.take();
                do {
                    collect(key, changed);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                changed.removeIf(p -> p.getFileName().toString().startsWith("."));
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(root);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerAll(path);
                } catch (IOException e) {
                    changed.add(root);
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
