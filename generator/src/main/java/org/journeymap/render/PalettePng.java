package org.journeymap.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB picture as a palette PNG (colour type 3): 4 bits a pixel when it has at
 * most 16 colours, else 8 bits. A curve has a dozen flat colours (lines, markers, text, bands)
 * and the soft edges between them: a palette of 32 (see {@link ColourTable#palette}) holds them
 * and a spread of shades, and every other colour (a rare anti-aliasing shade) takes its nearest.
 * With 16, the small markers lost their own colours to the lines' shades; 256 made the files a
 * third larger with no difference to see. Rows go unfiltered, which suits palette
 * images best.
 */
final class PalettePng {

    /** Deflate level: as small as zlib's default, 6, within 2%, and a fifth faster; level 9 takes eight times as long. */
    static final int LEVEL = 5;
    /** The palette's largest size (8 bits a pixel). */
    static final int COLOURS = 32;
    /** Each thread's rows of its last picture, reused for the next of the same size (every byte is written again). */
    private static final ThreadLocal<byte[]> RAW = new ThreadLocal<>();
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PalettePng() {
    }

    /**
     * @param rgb pixels as 0xRRGGBB (the alpha byte is ignored), row by row
     */
    static byte[] encode(int[] rgb, int width, int height) {
        return encode(rgb, width, height, COLOURS);
    }

    /** The same with a palette of at most the given number of colours. */
    static byte[] encode(int[] rgb, int width, int height, int colours) {
        // one pass finds the runs of one colour (runs of white are most of a curve), numbering each
        // colour as it first appears and counting its pixels; the rows are then filled run by run
        ColourTable table = new ColourTable();
        int[] starts = new int[4096];
        int[] runNumbers = new int[4096];
        int runs = 0;
        int last = ~rgb[0];
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            if (c != last) {
                if (runs == starts.length) {
                    starts = Arrays.copyOf(starts, runs * 2);
                    runNumbers = Arrays.copyOf(runNumbers, runs * 2);
                }
                starts[runs] = i;
                runNumbers[runs++] = table.number(c & 0xffffff);
                last = c;
            }
        }
        for (int r = 0; r < runs; r++) {
            table.counts[runNumbers[r]] += (r + 1 < runs ? starts[r + 1] : rgb.length) - starts[r];
        }
        int[] palette = table.palette(colours);
        int[] index = table.indexes(palette);
        boolean nibbles = palette.length <= 16;
        int rowBytes = nibbles ? (width + 1) / 2 : width;
        // each row starts with its filter, 0: none. Every byte is first set to the commonest
        // colour (the background, most of a picture), by copying in doubling blocks, which is far
        // faster than a loop in the JVM's quick compiler; then only the other runs are written.
        byte[] raw = RAW.get();
        if (raw == null || raw.length != (rowBytes + 1) * height) {
            raw = new byte[(rowBytes + 1) * height];
            RAW.set(raw);
        }
        int background = 0;
        for (int n = 1; n < table.size; n++) {
            if (table.counts[n] > table.counts[background]) {
                background = n;
            }
        }
        int ground = index[background];
        raw[0] = nibbles ? (byte) (ground << 4 | ground) : (byte) ground;
        for (int filled = 1; filled < raw.length; filled *= 2) {
            System.arraycopy(raw, 0, raw, filled, Math.min(filled, raw.length - filled));
        }
        for (int y = 0; y < height; y++) {
            raw[y * (rowBytes + 1)] = 0;
            if (nibbles && (width & 1) == 1) {
                raw[y * (rowBytes + 1) + rowBytes] = (byte) (ground << 4); // the unused half is 0
            }
        }
        for (int r = 0; r < runs; r++) {
            int value = index[runNumbers[r]];
            if (value == ground) {
                continue;
            }
            int from = starts[r];
            int to = r + 1 < runs ? starts[r + 1] : rgb.length;
            while (from < to) {
                int y = from / width;
                int end = Math.min(to, (y + 1) * width);
                int row = y * (rowBytes + 1) + 1;
                if (nibbles) {
                    nibbles(raw, row, from - y * width, end - y * width, value);
                } else if (end - from < 16) {
                    for (int k = row + from - y * width, stop = row + end - y * width; k < stop; k++) {
                        raw[k] = (byte) value;
                    }
                } else {
                    Arrays.fill(raw, row + from - y * width, row + end - y * width, (byte) value);
                }
                from = end;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) (nibbles ? 4 : 8)).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0).array());
        byte[] plte = new byte[palette.length * 3];
        for (int k = 0; k < palette.length; k++) {
            plte[3 * k] = (byte) (palette[k] >> 16);
            plte[3 * k + 1] = (byte) (palette[k] >> 8);
            plte[3 * k + 2] = (byte) palette[k];
        }
        chunk(out, "PLTE", plte);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream idat = new ByteArrayOutputStream(16 << 10);
            byte[] buffer = new byte[32 << 10];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
            chunk(out, "IDAT", idat.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Sets pixels x0 (inclusive) to x1 (exclusive) of the row at offset to value, two a byte, the first high. */
    private static void nibbles(byte[] raw, int offset, int x0, int x1, int value) {
        int x = x0;
        if ((x & 1) == 1) {
            raw[offset + x / 2] = (byte) (raw[offset + x / 2] & 0xf0 | value);
            x++;
        }
        int pairs = (x1 - x) / 2;
        if (pairs > 0) {
            Arrays.fill(raw, offset + x / 2, offset + x / 2 + pairs, (byte) (value << 4 | value));
            x += 2 * pairs;
        }
        if (x < x1) {
            raw[offset + x / 2] = (byte) (raw[offset + x / 2] & 0x0f | value << 4);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * The colours of a picture, numbered as they first appear, with how often each occurs; found
     * by open addressing (a curve has a few thousand colours at most, under 65,536 always: the
     * picture is capped at 2400 by 1200 pixels, but its shades are far fewer).
     */
    private static final class ColourTable {
        private int[] slots = new int[4096];
        private int[] colours = new int[1024];
        int[] counts = new int[1024];
        private int size;

        ColourTable() {
            Arrays.fill(slots, -1);
        }

        /** The colour's number, given the next one when it is new. */
        int number(int colour) {
            int mask = slots.length - 1;
            int s = (colour * 0x9E3779B1 >>> 12) & mask;
            while (slots[s] != -1) {
                if (colours[slots[s]] == colour) {
                    return slots[s];
                }
                s = (s + 1) & mask;
            }
            if (size == 0xffff) {
                throw new IllegalArgumentException("this is a bug: a curve with 65,535 colours");
            }
            if (size == colours.length) {
                colours = Arrays.copyOf(colours, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            colours[size] = colour;
            slots[s] = size;
            size++;
            if (size * 2 > slots.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int n = 0; n < size; n++) {
                int s = (colours[n] * 0x9E3779B1 >>> 12) & mask;
                while (slots[s] != -1) {
                    s = (s + 1) & mask;
                }
                slots[s] = n;
            }
        }

        /**
         * At most max colours: all of them when they are that few; else the most frequent first,
         * then, one at a time, the colour whose pixels lie farthest from the palette so far (its
         * count times its distance to its nearest entry), so that the shades of every flat colour
         * are represented, not only those of the largest. Ties go to the lower colour, so the
         * palette is always the same.
         */
        int[] palette(int max) {
            int n = Math.min(max, size);
            int[] palette = new int[n];
            long[] distance = new long[size];
            Arrays.fill(distance, Long.MAX_VALUE);
            boolean[] taken = new boolean[size];
            for (int k = 0; k < n; k++) {
                int best = -1;
                long bestScore = -1;
                for (int c = 0; c < size; c++) {
                    if (taken[c]) {
                        continue;
                    }
                    long score = k == 0 ? counts[c] : counts[c] * distance[c];
                    if (score > bestScore || score == bestScore && colours[c] < colours[best]) {
                        best = c;
                        bestScore = score;
                    }
                }
                taken[best] = true;
                palette[k] = colours[best];
                for (int c = 0; c < size; c++) {
                    distance[c] = Math.min(distance[c], distance(colours[c], colours[best]));
                }
            }
            return palette;
        }

        /** Each colour's palette entry, by its number: its own, or the nearest. */
        int[] indexes(int[] palette) {
            java.util.Map<Integer, Integer> own = new java.util.HashMap<>();
            for (int k = 0; k < palette.length; k++) {
                own.put(palette[k], k);
            }
            int[] index = new int[size];
            for (int n = 0; n < size; n++) {
                Integer k = own.get(colours[n]);
                index[n] = k != null ? k : nearest(palette, colours[n]);
            }
            return index;
        }

        /** A distance between colours weighted as the eye weighs red, green and blue. */
        private static long distance(int a, int b) {
            int dr = (a >> 16 & 0xff) - (b >> 16 & 0xff);
            int dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
            int db = (a & 0xff) - (b & 0xff);
            return 3L * dr * dr + 4L * dg * dg + 2L * db * db;
        }

        /** The nearest entry of the palette. */
        private static int nearest(int[] palette, int c) {
            int best = 0;
            long bestDistance = Long.MAX_VALUE;
            for (int k = 0; k < palette.length; k++) {
                long d = distance(palette[k], c);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            return best;
        }
    }
}
