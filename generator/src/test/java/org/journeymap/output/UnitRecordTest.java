package org.journeymap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record of a build's pages reads back as written, and anything else reads as none. */
class UnitRecordTest {

    private final UnitRecord record = UnitRecord.of(Map.of("journey:buy", "abc"),
            Map.of("journey:buy", List.of("journeys/buy.html", "journeys/buy.png")),
            Map.of("journey:buy", Map.of("assets/photo.png", "assets/Photo.png")),
            Map.of("journey:buy", List.of("png/" + "ab".repeat(32))),
            Map.of("journeys/buy.html", new SiteRecord.FileStamp(10, 20), "journeys/buy.png",
                    new SiteRecord.FileStamp(30, 40)));

    @Test
    void readsBackAsWritten() throws Exception {
        assertEquals(record, UnitRecord.parse(record.toBytes()).orElseThrow());
        assertEquals(2, record.units().get("journey:buy").files().size());
        assertEquals(List.of("png/" + "ab".repeat(32)), record.units().get("journey:buy").entries());
    }

    @Test
    void aUnitWhoseFileIsNotInTheSiteIsNotRecorded() {
        UnitRecord r = UnitRecord.of(Map.of("journey:buy", "abc"), Map.of("journey:buy", List.of("journeys/buy.html")),
                Map.of(), Map.of(), Map.of());
        assertTrue(r.units().isEmpty());
    }

    @Test
    void anythingElseReadsAsNone() throws Exception {
        byte[] good = record.toBytes();
        for (byte[] bad : List.of(new byte[0], Arrays.copyOf(good, good.length - 1), Arrays.copyOf(good, good.length + 1),
                "journeymap units 3".getBytes(StandardCharsets.UTF_8),
                new String(good, StandardCharsets.ISO_8859_1).replace("journeys/buy.png", "../../../buy.png")
                        .getBytes(StandardCharsets.ISO_8859_1))) {
            assertTrue(UnitRecord.parse(bad).isEmpty(), new String(bad, StandardCharsets.ISO_8859_1));
        }
    }
}
