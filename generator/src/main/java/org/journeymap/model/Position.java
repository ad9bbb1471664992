package org.journeymap.model;

import java.nio.file.Path;
import java.util.Objects;

/** Where a value was written: a file and a 1-based line and column. */
public record Position(Path file, int line, int column) implements Comparable<Position> {

    public Position {
        Objects.requireNonNull(file, "file");
    }

    public static Position startOf(Path file) {
        return new Position(file, 1, 1);
    }

    @Override
    public int compareTo(Position other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
