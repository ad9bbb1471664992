package org.journeymap.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Rule;
import org.journeymap.load.Text;
import org.journeymap.model.Position;
import org.journeymap.model.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What a build wrote into an output folder, kept in the build cache (never in the site): the
 * digest of what it was made from, every file with its size and time, and the findings it
 * reported. A later build from the same digest into an intact site has nothing to write: it
 * reports the same findings and leaves the site alone. Anything unreadable, unexpected or changed
 * in the site means "build again".
 */
public record SiteRecord(String digest, int sourceFiles, Map<String, FileStamp> files, List<StoredFinding> findings) {

    private static final int FORMAT = 1;
    private static final JsonFactory JSON = new JsonFactory();

    /** A written file's size in bytes and modification time in microseconds. */
    public record FileStamp(long size, long modified) {

        public static FileStamp of(BasicFileAttributes a) {
            return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        }
    }

    /** A finding with its file relative to the source folder, so that it can be reported again. */
    public record StoredFinding(String rule, Severity severity, String file, int line, int column, String message) {

        static StoredFinding of(Finding f, Path sourceRoot) {
            String name = org.journeymap.load.SourceFolder.relativeName(sourceRoot, f.at().file());
            return new StoredFinding(f.rule().id(), f.severity(), name, f.at().line(), f.at().column(), f.message());
        }

        Optional<Finding> toFinding(Path sourceRoot) {
            return Rule.byId(rule).map(r -> new Finding(r, severity, new Position(
                    file.isEmpty() ? sourceRoot : sourceRoot.resolve(file), line, column), message));
        }
    }

    public SiteRecord {
        files = Map.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** The record of a build: its digest, its files as {@link #listing} lists them, its findings. */
    public static SiteRecord of(String digest, int sourceFiles, Map<String, FileStamp> listing, List<Finding> findings,
                                Path sourceRoot) {
        List<StoredFinding> stored = new ArrayList<>(findings.size());
        findings.forEach(f -> stored.add(StoredFinding.of(f, sourceRoot)));
        return new SiteRecord(digest, sourceFiles, listing, stored);
    }

    /** The findings again, with their files under sourceRoot; empty when a rule is no longer known. */
    public Optional<List<Finding>> findings(Path sourceRoot) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (StoredFinding s : findings) {
            Optional<Finding> f = s.toFinding(sourceRoot);
            if (f.isEmpty()) {
                return Optional.empty();
            }
            out.add(f.get());
        }
        return Optional.of(out);
    }

    /** The record as bytes, for the build cache. */
    public byte[] toBytes() throws IOException {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), o)) {
            g.writeStartObject();
            g.writeNumberProperty("format", FORMAT);
            g.writeStringProperty("digest", digest);
            g.writeNumberProperty("sourceFiles", sourceFiles);
            g.writeObjectPropertyStart("files");
            for (Map.Entry<String, FileStamp> f : new TreeMap<>(files).entrySet()) {
                g.writeArrayPropertyStart(f.getKey());
                g.writeNumber(f.getValue().size());
                g.writeNumber(f.getValue().modified());
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayPropertyStart("findings");
            for (StoredFinding f : findings) {
                g.writeStartObject();
                g.writeStringProperty("rule", f.rule());
                g.writeStringProperty("severity", f.severity().name());
                g.writeStringProperty("file", f.file());
                g.writeNumberProperty("line", f.line());
                g.writeNumberProperty("column", f.column());
                g.writeStringProperty("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (JacksonException e) {
            throw new IOException("cannot write the build record: " + e.getOriginalMessage(), e);
        }
        return o.toByteArray();
    }

    /** The record stored as bytes, if they are one of this format. */
    public static Optional<SiteRecord> parse(byte[] bytes) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), bytes)) {
            SiteRecord record = parse(p);
            return p.nextToken() == null ? Optional.of(record) : Optional.empty();
        } catch (JacksonException | IllegalArgumentException | NotOurs e) {
            return Optional.empty();
        }
    }

    /** Whether site holds exactly the files listed here, each with its recorded size and time. */
    public boolean describes(Path site) {
        try {
            return files.equals(listing(site));
        } catch (IOException e) {
            return false;
        }
    }

    /** Thrown while parsing anything but a record of this format; never leaves this class. */
    private static final class NotOurs extends Exception {
        private static final long serialVersionUID = 1L;

        NotOurs() {
            super(null, null, false, false);
        }
    }

    /** The streaming parser: a few times faster to start than a tree of the whole file. */
    private static SiteRecord parse(JsonParser p) throws NotOurs {
        expect(p, JsonToken.START_OBJECT);
        expectProperty(p, "format");
        if (expectInt(p) != FORMAT) {
            throw new NotOurs();
        }
        expectProperty(p, "digest");
        String digest = expectString(p);
        expectProperty(p, "sourceFiles");
        int sourceFiles = expectInt(p);
        expectProperty(p, "files");
        expect(p, JsonToken.START_OBJECT);
        Map<String, FileStamp> files = new HashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String path = p.currentName();
            expect(p, JsonToken.START_ARRAY);
            long size = expectLong(p);
            long modified = expectLong(p);
            expect(p, JsonToken.END_ARRAY);
            files.put(path, new FileStamp(size, modified));
        }
        check(p.currentToken() == JsonToken.END_OBJECT);
        expectProperty(p, "findings");
        expect(p, JsonToken.START_ARRAY);
        List<StoredFinding> findings = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            expectProperty(p, "rule");
            String rule = expectString(p);
            expectProperty(p, "severity");
            Severity severity = Severity.valueOf(expectString(p));
            expectProperty(p, "file");
            String file = expectString(p);
            expectProperty(p, "line");
            int line = expectInt(p);
            expectProperty(p, "column");
            int column = expectInt(p);
            expectProperty(p, "message");
            String message = expectString(p);
            expect(p, JsonToken.END_OBJECT);
            // what the build wrote is printable and inside the source folder: anything else was put there by hand
            check(Text.sanitize(message).equals(message) && Text.sanitize(file).equals(file) && !file.startsWith("/")
                    && !file.contains("\\") && !("/" + file + "/").contains("/../") && line >= 1 && column >= 1);
            findings.add(new StoredFinding(rule, severity, file, line, column, message));
        }
        check(p.currentToken() == JsonToken.END_ARRAY);
        expect(p, JsonToken.END_OBJECT);
        return new SiteRecord(digest, sourceFiles, files, findings);
    }

    private static void check(boolean ok) throws NotOurs {
        if (!ok) {
            throw new NotOurs();
        }
    }

    private static void expect(JsonParser p, JsonToken token) throws NotOurs {
        check(p.nextToken() == token);
    }

    private static void expectProperty(JsonParser p, String name) throws NotOurs {
        expect(p, JsonToken.PROPERTY_NAME);
        check(name.equals(p.currentName()));
    }

    private static String expectString(JsonParser p) throws NotOurs {
        expect(p, JsonToken.VALUE_STRING);
        return p.getString();
    }

    private static int expectInt(JsonParser p) throws NotOurs {
        expect(p, JsonToken.VALUE_NUMBER_INT);
        check(p.getNumberType() == JsonParser.NumberType.INT);
        return p.getIntValue();
    }

    private static long expectLong(JsonParser p) throws NotOurs {
        expect(p, JsonToken.VALUE_NUMBER_INT);
        check(p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG);
        return p.getLongValue();
    }

    /** Every file under folder but the marker, by '/'-separated path; a link or other odd entry fails. */
    public static Map<String, FileStamp> listing(Path folder) throws IOException {
        Map<String, FileStamp> files = new HashMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile()) {
                    throw new IOException("not a regular file: " + p);
                }
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (!name.equals(AtomicSiteWriter.MARKER)) {
                    files.put(name, FileStamp.of(attrs));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
