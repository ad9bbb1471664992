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
import org.journeymap.validate.JourneyChecks;

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
    private final JourneyChecks checks = new JourneyChecks();
    /** The source folder as last listed, with what listing it found; null when it must be listed again. */
    private volatile Listing listing;
    /** Whether {@link #forget} was told what changed since the listing was last used. */
    private volatile boolean told;

    /** A source folder's listing and its findings (unexpected files and the like). */
    private record Listing(SourceFolder folder, org.journeymap.finding.Findings findings) {
    }

    /**
     * Lists the source folder into findings, or takes the last listing when {@link #forget} was
     * told what changed since it was last used and only files it lists changed (a saved journey
     * or persona): listing thousands of files is the dearest part of validating after one edit.
     * Whenever nobody said what changed, the folder is listed again: then only the files' stamps
     * in a new listing tell.
     */
    public SourceFolder list(java.nio.file.Path root, org.journeymap.finding.Findings findings) throws IOException {
        Listing kept = listing;
        if (told && kept != null && kept.folder().root().equals(root)) {
            told = false;
            findings.addAll(kept.findings());
            return kept.folder();
        }
        org.journeymap.finding.Findings found = new org.journeymap.finding.Findings();
        SourceFolder folder = SourceFolder.scan(root, found);
        findings.addAll(found);
        listing = new Listing(folder, found);
        told = false;
        return folder;
    }

    /** The findings of each unchanged journey's checks, kept with the files they were bound from. */
    public JourneyChecks checks() {
        return checks;
    }

    /**
     * The stamp of a file, from the attributes read when its folder was listed (before it is
     * read); null when it cannot be told, so that it is read the slow way.
     */
    static Stamp stamp(SourceFolder.SourceFile f) {
        BasicFileAttributes a = f.attributes();
        try {
            if (a == null) {
                a = Files.readAttributes(f.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    Entry get(SourceFolder.SourceFile f, Stamp stamp) {
        Entry e = entries.get(key(f.path()));
        return e != null && e.stamp().equals(stamp) && e.file().sameAs(f) ? e : null;
    }

    void put(SourceFolder.SourceFile f, Stamp stamp, Object value, Findings findings) {
        entries.put(key(f.path()), new Entry(f, stamp, value, findings));
    }

    /**
     * Forgets these files, whatever their stamps say: the file watcher saw them change. Any file
     * but a journey known here (an image, a persona, site.yaml, a new journey) also forgets
     * the journeys' checks, which read such files.
     */
    public void forget(Collection<Path> files) {
        Listing kept = listing;
        if (kept != null) {
            java.util.Set<Path> listed = new java.util.HashSet<>();
            kept.folder().site().ifPresent(f -> listed.add(key(f)));
            kept.folder().touchpoints().ifPresent(f -> listed.add(key(f)));
            kept.folder().personas().forEach(f -> listed.add(key(f.path())));
            kept.folder().journeys().forEach(f -> listed.add(key(f.path())));
            kept.folder().measurements().forEach(f -> listed.add(key(f)));
            for (Path p : files) {
                // a new, deleted or replaced file, or one the listing does not name: list again
                if (!listed.contains(key(p)) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    listing = null;
                    break;
                }
            }
            told = listing != null;
        }
        for (Path p : files) {
            Entry e = entries.remove(key(p));
            if (e == null || !(e.value() instanceof org.journeymap.model.Journey)) {
                checks.clear();
            }
        }
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
