package org.journeymap.bind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.journeymap.finding.Findings;
import org.journeymap.load.SourceFolder;

/**
 * Remembers what each persona and journey file was bound to, for a long-running process such as
 * the live preview: a file whose size and modification time are unchanged, and that nobody said
 * changed, is not read again. Thread-safe.
 */
public final class ReadCache {

    /** What identifies one version of a file without reading it. */
    record Stamp(long size, long modifiedNanos, Object fileKey) {
    }

    record Entry(SourceFolder.SourceFile file, Stamp stamp, Object value, Findings findings) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The stamp of a file now; null when it cannot be read, so that it is read the slow way. */
    static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    Entry get(SourceFolder.SourceFile f, Stamp stamp) {
        Entry e = entries.get(key(f.path()));
        return e != null && e.stamp().equals(stamp) && e.file().equals(f) ? e : null;
    }

    void put(SourceFolder.SourceFile f, Stamp stamp, Object value, Findings findings) {
        entries.put(key(f.path()), new Entry(f, stamp, value, findings));
    }

    /** Forgets these files, whatever their stamps say: the file watcher saw them change. */
    public void forget(Collection<Path> files) {
        files.forEach(p -> entries.remove(key(p)));
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
