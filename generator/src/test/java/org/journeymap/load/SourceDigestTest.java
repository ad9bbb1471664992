package org.journeymap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest takes a file's SHA-256 from an earlier digest only while the file's attributes, its
 * status-change time among them, are as they were.
 */
class SourceDigestTest {

    @TempDir
    Path root;

    private long now;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(root.resolve("journeys"));
        Files.writeString(root.resolve("site.yaml"), "title: Bank\n");
        Files.writeString(root.resolve("journeys/open.yaml"), "title: Open\n");
        now = java.time.Instant.now().toEpochMilli() * 1_000_000L;
        assumeTrue(SourceDigest.Stamp.of(root.resolve("site.yaml")).changed() != Long.MIN_VALUE,
                "this system does not tell a file's status-change time");
    }

    @Test
    void aFileAsItWasIsNotReadAgain() throws Exception {
        SourceDigest first = SourceDigest.of(root, "tool", "");
        Map<String, SourceDigest.Remembered> known = SourceDigest.remembered(first.remember(now + 60_000_000_000L));
        assertEquals(first.files().keySet(), known.keySet());
        assertEquals(first, SourceDigest.of(root, "tool", "", known), "the same digest from what was remembered");
        // what is remembered is taken as it is: a different SHA-256 shows the file was not read
        String other = "0".repeat(64);
        Map<String, SourceDigest.Remembered> told = Map.of("site.yaml", withSha(known.get("site.yaml"), other));
        SourceDigest trusted = SourceDigest.of(root, "tool", "", told);
        assertEquals(other, trusted.files().get("site.yaml"));
        assertNotEquals(first.hex(), trusted.hex());
    }

    @Test
    void aFileWhoseStatusChangedIsReadAgainWhateverItsSizeAndTimes() throws Exception {
        SourceDigest first = SourceDigest.of(root, "tool", "");
        SourceDigest.Remembered was = SourceDigest.remembered(first.remember(now + 60_000_000_000L))
                .get("journeys/open.yaml");
        String other = "0".repeat(64);
        // as a file written again with its size and modification time put back: only its status-change time differs
        SourceDigest.Remembered rewritten = new SourceDigest.Remembered(was.size(), was.modified(), was.changed() - 1,
                was.inode(), was.device(), other);
        SourceDigest again = SourceDigest.of(root, "tool", "", Map.of("journeys/open.yaml", rewritten));
        assertEquals(first.files().get("journeys/open.yaml"), again.files().get("journeys/open.yaml"), "read again");
        assertEquals(first.hex(), again.hex());
        SourceDigest.Remembered moved = new SourceDigest.Remembered(was.size(), was.modified(), was.changed(),
                was.inode() + 1, was.device(), other);
        assertEquals(first.hex(), SourceDigest.of(root, "tool", "", Map.of("journeys/open.yaml", moved)).hex(),
                "another file put in its place is read");
    }

    @Test
    void aFileWhoseStatusChangedJustBeforeItWasReadIsNotRemembered() throws Exception {
        SourceDigest digest = SourceDigest.of(root, "tool", "");
        assertTrue(SourceDigest.remembered(digest.remember(now)).isEmpty(), "both files were written just now");
        assertEquals(2, SourceDigest.remembered(digest.remember(now + SourceDigest.SETTLED_NANOS + 1_000_000_000L))
                .size());
    }

    @Test
    void anythingElseRemembersNothing() {
        for (String bytes : new String[] {"", "journeymap remembered digests 1\n1\t2\t3\n",
                "journeymap remembered digests 1\nx\t2\t3\t4\t5\t" + "a".repeat(64) + "\tsite.yaml\n",
                "journeymap remembered digests 2\n1\t2\t3\t4\t5\t" + "a".repeat(64) + "\tsite.yaml\n"}) {
            assertTrue(SourceDigest.remembered(bytes.getBytes(StandardCharsets.UTF_8)).isEmpty(), bytes);
        }
    }

    private static SourceDigest.Remembered withSha(SourceDigest.Remembered r, String sha) {
        return new SourceDigest.Remembered(r.size(), r.modified(), r.changed(), r.inode(), r.device(), sha);
    }
}
