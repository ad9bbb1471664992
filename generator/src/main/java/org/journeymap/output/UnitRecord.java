package org.journeymap.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages of the last build into an output folder, kept in the build cache: for each unit (a
 * journey's page with its files, a persona's page) the digest of what it was made from, the
 * files it wrote with their size and time as the site holds them, and the images it showed. A
 * later build whose unit has the same digest takes the unit's files from the site as they are,
 * when each is still there untouched, instead of rendering them.
 */
public record UnitRecord(Map<String, Unit> units) {

    private static final String MAGIC = "journeymap units 2";

    /**
     * One unit: the digest of its inputs, its files (path to stamp), the images it showed (site
     * path to source path) and the build cache's entries it used ("kind/key"), which a build that
     * takes the unit as it is keeps in the cache.
     */
    public record Unit(String inputs, Map<String, SiteRecord.FileStamp> files, Map<String, String> assets,
                       List<String> entries) {

        public Unit {
            files = Map.copyOf(files);
            assets = Map.copyOf(assets);
            entries = List.copyOf(entries);
        }

        /** Whether site holds every file of the unit with its recorded size and time. */
        public boolean intactIn(Path site) {
            try {
                for (Map.Entry<String, SiteRecord.FileStamp> f : files.entrySet()) {
                    Path file = site.resolve(SiteOutput.checkedPath(f.getKey()));
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (!a.isRegularFile() || !SiteRecord.FileStamp.of(a).equals(f.getValue())) {
                        return false;
                    }
                }
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    public UnitRecord {
        units = Map.copyOf(units);
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(units.size());
            for (Map.Entry<String, Unit> u : new TreeMap<>(units).entrySet()) {
                out.writeUTF(u.getKey());
                out.writeUTF(u.getValue().inputs());
                out.writeInt(u.getValue().files().size());
                for (Map.Entry<String, SiteRecord.FileStamp> f : new TreeMap<>(u.getValue().files()).entrySet()) {
                    out.writeUTF(f.getKey());
                    out.writeLong(f.getValue().size());
                    out.writeLong(f.getValue().modified());
                }
                out.writeInt(u.getValue().assets().size());
                for (Map.Entry<String, String> a : new TreeMap<>(u.getValue().assets()).entrySet()) {
                    out.writeUTF(a.getKey());
                    out.writeUTF(a.getValue());
                }
                out.writeInt(u.getValue().entries().size());
                for (String e : u.getValue().entries()) {
                    out.writeUTF(e);
                }
            }
        }
        return bytes.toByteArray();
    }

    /** The record stored as bytes, if they are one; anything else reads as none. */
    public static Optional<UnitRecord> parse(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(MAGIC)) {
                return Optional.empty();
            }
            Map<String, Unit> units = new TreeMap<>();
            int count = count(in, bytes.length);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                String inputs = in.readUTF();
                Map<String, SiteRecord.FileStamp> files = new TreeMap<>();
                int n = count(in, bytes.length);
                for (int k = 0; k < n; k++) {
                    files.put(SiteOutput.checkedPath(in.readUTF()), new SiteRecord.FileStamp(in.readLong(), in.readLong()));
                }
                Map<String, String> assets = new TreeMap<>();
                int a = count(in, bytes.length);
                for (int k = 0; k < a; k++) {
                    assets.put(SiteOutput.checkedPath(in.readUTF()), in.readUTF());
                }
                List<String> entries = new ArrayList<>();
                int e = count(in, bytes.length);
                for (int k = 0; k < e; k++) {
                    entries.add(in.readUTF());
                }
                units.put(key, new Unit(inputs, files, assets, entries));
            }
            return in.read() == -1 ? Optional.of(new UnitRecord(units)) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int count(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException("not a count: " + n);
        }
        return n;
    }

    /** The record of this build's units, with the stamps their files have in the site just written. */
    public static UnitRecord of(Map<String, String> inputs, Map<String, List<String>> files,
                                Map<String, Map<String, String>> assets, Map<String, List<String>> entries,
                                Map<String, SiteRecord.FileStamp> site) {
        Map<String, Unit> units = new TreeMap<>();
        inputs.forEach((key, digest) -> {
            Map<String, SiteRecord.FileStamp> stamps = new TreeMap<>();
            for (String path : files.getOrDefault(key, new ArrayList<>())) {
                SiteRecord.FileStamp stamp = site.get(path);
                if (stamp == null) {
                    return; // not in the site: the unit is rendered next time
                }
                stamps.put(path, stamp);
            }
            units.put(key, new Unit(digest, stamps, assets.getOrDefault(key, Map.of()),
                    entries.getOrDefault(key, List.of())));
        });
        return new UnitRecord(units);
    }
}
