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
    public static final String ENCODING = "Java2D painter 1, 4-bit palette PNG deflate " + PalettePng.LEVEL;
    /** The curves' font, when installed; else the JDK's sans serif (which fontconfig maps to an installed font). */
    private static final String FAMILY = "DejaVu Sans";
    static final float MAX_HEIGHT = 1200;
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

    /** Rasterizes SVG text at the given width in pixels; the height follows the aspect ratio. */
    public byte[] png(String svg, float width) throws XMLStreamException {
        int pixels = Math.round(Math.min(width, MAX_WIDTH));
        SvgPainter.Picture picture = new SvgPainter(font()).paint(svg, pixels);
        if (picture.height() > MAX_HEIGHT) {
            throw new IllegalArgumentException("this is a bug: a curve " + picture.height() + " pixels high");
        }
        return PalettePng.encode(picture.rgb(), picture.width(), picture.height());
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
