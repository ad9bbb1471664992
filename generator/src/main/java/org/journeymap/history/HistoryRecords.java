package org.journeymap.history;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commit's record as bytes for the build cache (JSON), and back. Reading is strict: anything
 * that is not a record of this version reads as nothing, and the commit is compared again.
 */
final class HistoryRecords {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(tools.jackson.databind.cfg.DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
    private static final String VERSION = "journeymap commit record 1";

    private record Stored(String version, CommitRecord record) {
    }

    private HistoryRecords() {
    }

    static byte[] write(CommitRecord r) {
        return MAPPER.writeValueAsBytes(new Stored(VERSION, r));
    }

    static Optional<CommitRecord> read(byte[] bytes) {
        try {
            Stored s = MAPPER.readValue(bytes, Stored.class);
            return s != null && VERSION.equals(s.version()) && s.record() != null ? Optional.of(s.record())
                    : Optional.empty();
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
