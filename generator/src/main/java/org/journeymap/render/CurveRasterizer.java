package org.journeymap.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;

/**
 * Turns the SVG of a curve that journeymap drew into a PNG: {@link SvgPainter} paints it on
 * Java2D and {@link PalettePng} encodes it. The painter knows only the shapes the curves use: no
 * script, image, stylesheet, DTD or entity is ever read, so nothing outside the SVG can get into
 * the picture; the size is capped.
 */
public final class CurveRasterizer {

    static final float MAX_WIDTH = 2400;
    /** The PNG encoder's settings, for cache keys: change it when they change. */
    public static final String ENCODING = "Java2D painter 2 at 2x, halved, palette PNGs of up to 32 and 16 colours, deflate " + PalettePng.LEVEL;
    /** The curves' font, when installed; else the JDK's sans serif (which fontconfig maps to an installed font). */
    private static final String FAMILY = "DejaVu Sans";
    static final float MAX_HEIGHT = 1300;
    /** Text that must render as letters: Polish and Cyrillic. */
    static final String SAMPLE = "Łódź zażółć Жизнь";

    private static volatile String fontProblem;
    private static volatile boolean fontsChecked;

    /** Why PNGs cannot be drawn on this machine, or null when they can. */
    public static String fontProblem() {
        if (!fontsChecked) {
            synchronized (CurveRasterizer.class) {
                if (!fontsChecked) {
                    fontProblem = checkFonts(
                            () -> GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
                    fontsChecked = true;
                }
            }
        }
        return fontProblem;
    }

    /** Why the given font families cannot draw the curves, or null when one of them can. */
    static String checkFonts(java.util.function.Supplier<String[]> installed) {
        String install = "; install fontconfig and a font covering Polish and Cyrillic"
                + " (on Debian: apt-get install fontconfig fonts-dejavu-core)";
        try {
            String[] families = installed.get();
            boolean covered = Arrays.stream(families)
                    .anyMatch(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1);
            return covered ? null : "no installed font can draw Polish and Cyrillic letters" + install;
        } catch (Error | RuntimeException e) {
            // the JDK fails this way in headless mode when fontconfig or any font is missing
            return "the JDK found no usable fonts (" + e.getClass().getSimpleName() + ")" + install;
        }
    }

    /** A picture as PNG at its width and at twice it: for the page and for slides. */
    public record Pair(byte[] single, byte[] twice) {
    }

    /**
     * Rasterizes SVG text once at twice the given width, and that picture halved (each pixel the
     * mean of four) for the width itself: one painting for both, and the smaller picture is
     * anti-aliased as finely as the larger.
     */
    public Pair pngs(String svg, float width) throws XMLStreamException {
        int pixels = Math.round(Math.min(width, MAX_WIDTH / 2));
        SvgPainter.Picture big = new SvgPainter(font()).paint(svg, 2 * pixels);
        if (big.height() > MAX_HEIGHT) {
            throw new IllegalArgumentException("this is a bug: a curve " + big.height() + " pixels high");
        }
        SvgPainter.Picture small = half(big);
        // at 2x an edge's shades are half as wide: 16 colours look the same as 32, in two thirds
        // of the bytes and of the time
        return new Pair(PalettePng.encode(small.rgb(), small.width(), small.height()),
                PalettePng.encode(big.rgb(), big.width(), big.height(), 16));
    }

    private static final ThreadLocal<int[]> HALVES = new ThreadLocal<>();

    /**
     * Each 2 by 2 block of pixels as their mean, channel by channel, rounded; the pixels are this
     * thread's to use until it halves another picture.
     */
    static SvgPainter.Picture half(SvgPainter.Picture p) {
        int w = p.width() / 2;
        int h = p.height() / 2;
        int[] in = p.rgb();
        int[] out = HALVES.get();
        if (out == null || out.length != w * h) {
            out = new int[w * h];
            HALVES.set(out);
        }
        for (int y = 0; y < h; y++) {
            int top = 2 * y * p.width();
            int bottom = top + p.width();
            for (int x = 0; x < w; x++) {
                int a = in[top + 2 * x];
                int b = in[top + 2 * x + 1];
                int c = in[bottom + 2 * x];
                int d = in[bottom + 2 * x + 1];
                if (a == b && a == c && a == d) {
                    out[y * w + x] = a & 0xffffff;
                    continue;
                }
                int r = ((a >> 16 & 0xff) + (b >> 16 & 0xff) + (c >> 16 & 0xff) + (d >> 16 & 0xff) + 2) >> 2;
                int g = ((a >> 8 & 0xff) + (b >> 8 & 0xff) + (c >> 8 & 0xff) + (d >> 8 & 0xff) + 2) >> 2;
                int bl = ((a & 0xff) + (b & 0xff) + (c & 0xff) + (d & 0xff) + 2) >> 2;
                out[y * w + x] = r << 16 | g << 8 | bl;
            }
        }
        return new SvgPainter.Picture(out, w, h);
    }

    private static volatile Font font;

    private static Font font() {
        if (font == null) {
            boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(java.util.Locale.ROOT)).contains(FAMILY);
            font = new Font(installed ? FAMILY : Font.SANS_SERIF, Font.PLAIN, 12);
        }
        return font;
    }
}
