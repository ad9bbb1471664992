package org.journeymap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact positions of a record read as the map they were made from. */
class PositionsTest {

    private final Path file = Path.of("journeys", "buy.yaml");

    @Test
    void readsAsTheMapItWasMadeFromInTheWrittenOrder() {
        Map<String, Position> written = new LinkedHashMap<>();
        written.put("title", new Position(file, 1, 8));
        written.put("stages", new Position(file, 3, 3));
        written.put("owner", new Position(file, 2, 8));
        Map<String, Position> compact = Positions.of(written);
        assertTrue(compact instanceof Positions);
        assertEquals(written, compact);
        assertEquals(compact, written);
        assertEquals(written.hashCode(), compact.hashCode());
        assertEquals(List.of("title", "stages", "owner"), List.copyOf(compact.keySet()));
        assertEquals(new Position(file, 3, 3), compact.get("stages"));
        assertEquals(new Position(file, 9, 9), compact.getOrDefault("scenario", new Position(file, 9, 9)));
        assertNull(compact.get("scenario"));
        assertFalse(compact.containsKey("scenario"));
        assertEquals(compact, Positions.of(compact));
        assertEquals(Map.of(), Positions.of(Map.of()));
    }

    @Test
    void positionsInSeveralFilesAreKeptAsGiven() {
        Map<String, Position> written = new LinkedHashMap<>();
        written.put("a", new Position(file, 1, 1));
        written.put("b", new Position(Path.of("other.yaml"), 2, 2));
        Map<String, Position> kept = Positions.of(written);
        assertFalse(kept instanceof Positions);
        assertEquals(written, kept);
    }
}
