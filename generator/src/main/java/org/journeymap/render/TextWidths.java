package org.journeymap.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How wide a text is in the curves' font, DejaVu Sans, so that the picture of a curve can wrap
 * and shorten step names without a font installed: the advance widths of its Book and Bold faces
 * for Latin, Greek, Cyrillic and common punctuation are kept in {@code dejavu-sans-widths.txt}
 * (thousandths of an em, measured from the fonts Debian's fonts-dejavu-core installs). The same
 * text always measures the same on any machine, so the same sources draw the same SVG. A
 * character outside the table counts as a full em when it is wide (CJK) and 0.62 em otherwise,
 * more than any Latin letter but W and M, so that guesses err towards room to spare.
 */
final class TextWidths {

    static final String ELLIPSIS = "\u2026";
    private static final String TABLE = "dejavu-sans-widths.txt";
    private static final int UNKNOWN = 620;
    private static final int WIDE = 1000;
    private static final short[][] ADVANCES = load();

    private TextWidths() {
    }

    private static short[][] load() {
        try (InputStream in = TextWidths.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("this is a bug: " + TABLE + " is missing from the jar");
            }
            List<int[]> rows = new ArrayList<>();
            int max = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                int[] row = {Integer.parseInt(f[0], 16), Integer.parseInt(f[1]), Integer.parseInt(f[2])};
                rows.add(row);
                max = Math.max(max, row[0]);
            }
            short[][] advances = new short[2][max + 1];
            Arrays.fill(advances[0], (short) -1);
            Arrays.fill(advances[1], (short) -1);
            for (int[] row : rows) {
                advances[0][row[0]] = (short) row[1];
                advances[1][row[0]] = (short) row[2];
            }
            return advances;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("this is a bug: cannot read " + TABLE + ": " + e, e);
        }
    }

    /** The advance of one character in thousandths of an em. */
    static int advance(int codePoint, boolean bold) {
        short[] table = ADVANCES[bold ? 1 : 0];
        if (codePoint < table.length && table[codePoint] >= 0) {
            return table[codePoint];
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(codePoint) ? WIDE : UNKNOWN;
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c >= 0xff00 && c <= 0xff60 || c >= 0x1f300 && c <= 0x1faff;
    }

    /** The width of a text at a font size, in the same units as the size. */
    static double width(String text, double size, boolean bold) {
        long thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            thousandths += advance(c, bold);
            i += Character.charCount(c);
        }
        return thousandths * size / 1000.0;
    }

    /** The text as it is when it fits the width, else as much of it as fits with an ellipsis. */
    static String fit(String text, double max, double size, boolean bold) {
        if (width(text, size, bold) <= max) {
            return text;
        }
        int end = fitting(text, max - width(ELLIPSIS, size, bold), size, bold);
        String kept = text.substring(0, end).stripTrailing();
        return kept.isEmpty() ? "" : kept + ELLIPSIS;
    }

    /**
     * The text in at most the given number of lines of the width: broken between words (after a
     * space, or after a hyphen or slash), a word wider than a line broken where it reaches the
     * edge with a hyphen, and the last line shortened with an ellipsis when text is left over.
     * Empty when not even one letter and the ellipsis fit.
     */
    static List<String> wrap(String text, double max, int lines, double size, boolean bold) {
        List<String> out = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && out.size() < lines) {
            if (out.size() == lines - 1 || width(rest, size, bold) <= max) {
                String last = fit(rest, max, size, bold);
                if (!last.isEmpty()) {
                    out.add(last);
                }
                break;
            }
            int cut = breakAt(rest, max, size, bold);
            if (cut == 0) {
                // a word wider than the line: as much of it as fits, with a hyphen
                int fits = fitting(rest, max - width("-", size, bold), size, bold);
                if (fits == 0) {
                    break;
                }
                out.add(rest.substring(0, fits) + "-");
                rest = rest.substring(fits);
                continue;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return out;
    }

    /** Where the longest first line that fits ends after a space, hyphen or slash; 0 when none does. */
    private static int breakAt(String text, double max, double size, boolean bold) {
        double used = 0;
        int lastBreak = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            double w = advance(c, bold) * size / 1000.0;
            if (used + w > max && c != ' ') {
                break;
            }
            used += w;
            i += Character.charCount(c);
            if (c == ' ' || c == '-' || c == '/' || c == '\u2010' || c == '\u2013' || c == '\u2014') {
                lastBreak = i;
            }
        }
        return lastBreak;
    }

    /** How many chars of the text fit the width, whole code points. */
    private static int fitting(String text, double max, double size, boolean bold) {
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            double w = advance(c, bold) * size / 1000.0;
            if (used + w > max) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return i;
    }
}
