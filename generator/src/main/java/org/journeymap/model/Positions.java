package org.journeymap.model;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Where each written key of one record starts, as an immutable map in the written order, kept
 * small: a portfolio of thousands of journeys has millions of positions, which as a map of
 * entries and Position objects took a third of a build's memory. Keys are interned (they are the
 * format's few field names), lines and columns are packed into ints, and a Position is made only
 * when one is asked for. Positions in more than one file are kept as given.
 */
public final class Positions extends AbstractMap<String, Position> {

    private final Path file;
    private final String[] keys;
    private final int[] lines;
    private final int[] columns;

    private Positions(Path file, String[] keys, int[] lines, int[] columns) {
        this.file = file;
        this.keys = keys;
        this.lines = lines;
        this.columns = columns;
    }

    /** The same positions, compact; an empty map, or positions in several files, as an immutable copy. */
    public static Map<String, Position> of(Map<String, Position> positions) {
        if (positions instanceof Positions) {
            return positions;
        }
        if (positions.isEmpty()) {
            return Map.of();
        }
        Path file = positions.values().iterator().next().file();
        int n = positions.size();
        String[] keys = new String[n];
        int[] lines = new int[n];
        int[] columns = new int[n];
        int i = 0;
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            Position p = e.getValue();
            if (e.getKey() == null || p == null || !p.file().equals(file)) {
                return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(positions));
            }
            keys[i] = e.getKey().intern();
            lines[i] = p.line();
            columns[i] = p.column();
            i++;
        }
        return new Positions(file, keys, lines, columns);
    }

    private int index(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Position get(Object key) {
        int i = index(key);
        return i < 0 ? null : new Position(file, lines[i], columns[i]);
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Map.Entry<String, Position>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Position>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Position> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], new Position(file, lines[i], columns[i]));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Positions p) {
            return file.equals(p.file) && java.util.Arrays.equals(keys, p.keys) && java.util.Arrays.equals(lines, p.lines)
                    && java.util.Arrays.equals(columns, p.columns);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
