package org.journeymap.model;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each cell of one row of a table is, by column name, kept as numbers: a large export has
 * hundreds of thousands of rows, and a position object per cell would be most of their memory.
 * The positions are made when asked for. names are shared by every row of a file.
 */
public final class CellPositions extends AbstractMap<String, Position> {

    private final Path file;
    private final List<String> names;
    private final int[] lines;
    private final int[] columns;

    /**
     * lines[i] and columns[i] are where the cell of names[i] starts; a line below 1 means no cell.
     * The arrays become this map's own: the caller makes new ones for the next row.
     */
    public CellPositions(Path file, List<String> names, int[] lines, int[] columns) {
        this.file = file;
        this.names = names;
        this.lines = lines;
        this.columns = columns;
    }

    @Override
    public Position get(Object name) {
        int i = names.indexOf(name);
        return i < 0 || lines[i] < 1 ? null : new Position(file, lines[i], columns[i]);
    }

    /** The column names, in the order of {@link #line} and {@link #column}. */
    public List<String> names() {
        return names;
    }

    /** The line of the i-th name's cell, below 1 when there is none. */
    public int line(int i) {
        return lines[i];
    }

    /** The column of the i-th name's cell. */
    public int column(int i) {
        return columns[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, Position>> entrySet() {
        Map<String, Position> all = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (lines[i] >= 1) {
                all.put(names.get(i), new Position(file, lines[i], columns[i]));
            }
        }
        return java.util.Collections.unmodifiableMap(all).entrySet();
    }
}
