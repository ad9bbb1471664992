package org.journeymap.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSiteWriterTest {

    @TempDir
    Path temp;

    private Path source() throws IOException {
        return Files.createDirectories(temp.resolve("project/src/journeys"));
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    private List<Path> siblings(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.getParent())) {
            return s.filter(p -> !p.equals(site)).toList();
        }
    }

    @Test
    void commitReplacesTheWholeSiteAndLeavesNothingBeside() throws Exception {
        Path site = temp.resolve("out/site");
        try (AtomicSiteWriter w = AtomicSiteWriter.open(site, source(), List.of())) {
            w.write("index.html", "one");
            w.write("journeys/old.html", "old");
            w.commit();
        }
        try (AtomicSiteWriter w = AtomicSiteWriter.open(site, source(), List.of())) {
            w.write("index.html", "two");
            w.commit();
        }
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("journeys/old.html")), "files of the old site are gone");
        assertTrue(Files.exists(site.resolve(AtomicSiteWriter.MARKER)));
        assertEquals(List.of(), siblings(site));
    }

    @Test
    void aReusedFileOfThePreviousSiteOutlivesItsReplacement() throws Exception {
        Path site = temp.resolve("out/site");
        try (AtomicSiteWriter w = AtomicSiteWriter.open(site, source(), List.of())) {
            w.write("journeys/a.png", "drawn once");
            w.commit();
        }
        try (AtomicSiteWriter w = AtomicSiteWriter.open(site, source(), List.of())) {
            w.reuse("journeys/a.png", site.resolve("journeys/a.png"));
            w.reuse("journeys/b.png", site.resolve("journeys/a.png"));
            w.commit();
        }
        assertEquals("drawn once", Files.readString(site.resolve("journeys/a.png")));
        assertEquals("drawn once", Files.readString(site.resolve("journeys/b.png")));
        assertEquals(List.of(), siblings(site), "the old site is deleted, its reused files live on");
    }

    @Test
    void aFailureHalfWayLeavesThePreviousSiteByteForByte() throws Exception {
        Path site = temp.resolve("out/site");
        try (AtomicSiteWriter w = AtomicSiteWriter.open(site, source(), List.of())) {
            w.write("index.html", "published");
            w.write("journeys/a.png", new byte[] {1, 2, 3});
            w.commit();
        }
        Map<String, byte[]> before = snapshot(site);
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicSiteWriter w = AtomicSiteWriter.open(site, source(), List.of())) {
                w.write("index.html", "half-written");
                throw new IllegalStateException("rendering failed");
            }
        });
        assertSame(before, snapshot(site));
        assertEquals(List.of(), siblings(site), "the temporary folder is removed");
    }

    @Test
    void refusesFoldersItDoesNotOwn() throws Exception {
        Path src = source();
        Path project = temp.resolve("project");
        Path foreign = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Path repo = Files.createDirectories(temp.resolve("repo/.git"));
        Path pom = Files.createDirectories(temp.resolve("module"));
        Files.writeString(pom.resolve("pom.xml"), "<project/>");
        Map<Path, String> refused = Map.of(
                Path.of("/"), "root folder",
                Path.of(System.getProperty("user.home")), "home folder",
                temp, "contains",
                project, "contains",
                src, "is",
                src.resolve("out"), "inside the source folder",
                foreign, "not empty",
                repo.getParent(), ".git or pom.xml",
                pom, ".git or pom.xml");
        for (Map.Entry<Path, String> e : refused.entrySet()) {
            OutputFolderException x = assertThrows(OutputFolderException.class,
                    () -> AtomicSiteWriter.open(e.getKey(), src, List.of(project)), e.getKey().toString());
            assertTrue(x.getMessage().contains(e.getValue()), x.getMessage());
        }
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void acceptsAMissingOrEmptyFolder() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        try (AtomicSiteWriter w = AtomicSiteWriter.open(empty, source(), List.of())) {
            w.write("index.html", "x");
            w.commit();
        }
        assertTrue(Files.exists(empty.resolve("index.html")));
    }

    @Test
    void pathsThatLeaveTheOutputAreRefused() throws Exception {
        try (AtomicSiteWriter w = AtomicSiteWriter.open(temp.resolve("site"), source(), List.of())) {
            for (String bad : List.of("../x.html", "/etc/passwd", "a/../../b", "a\\b", "c:x", "", "a//b")) {
                assertThrows(IllegalArgumentException.class, () -> w.write(bad, "x"), bad);
            }
        }
        assertFalse(Files.exists(temp.resolve("x.html")));
    }
}
