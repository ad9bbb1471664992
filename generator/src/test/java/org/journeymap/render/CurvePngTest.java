package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.journeymap.model.EmotionScale;
import org.junit.jupiter.api.Test;

/** The PNG of a curve is the picture its SVG shows, as Batik, the reference SVG engine, draws it. */
class CurvePngTest {

    @Test
    void thePngDrawsTheSameCurveAsTheSvg() throws Exception {
        for (CurvePicture c : List.of(CurvePictures.picture("pl", 3, 1, true), CurvePictures.picture("en", 12, 2, true),
                CurvePictures.picture("ru", 40, 3, false))) {
            String svg = c.svg("x.html#step-");
            BufferedImage ours = ImageIO.read(new ByteArrayInputStream(new CurveRasterizer().pngs(svg, 1200).single()));
            BufferedImage batik = batik(svg, 1200);
            assertEquals(batik.getWidth(), ours.getWidth());
            assertTrue(Math.abs(batik.getHeight() - ours.getHeight()) <= 1, batik.getHeight() + " " + ours.getHeight());
            // every persona's line and the moments of truth: where Batik draws them, so do we, give
            // or take the width of an anti-aliased edge (the grey of the scale and the baseline
            // shares its shades with the edges of text, so the zero line is checked on its own)
            for (int colour : new int[] {0x2459c8, 0xb4460f, 0x0f7a55, 0xa16207}) {
                // dotted lines differ most: their dots fall a sub-pixel apart
                double enough = colour == 0xa16207 ? 0.75 : 0.95;
                // the markers' colour lies near the second persona's: only its own shade counts
                int near = colour == 0xa16207 ? 16 : 40;
                boolean[][] theirs = mask(batik, colour, near);
                boolean[][] mine = mask(ours, colour, near);
                assertTrue(covered(theirs, mine) > enough, "Batik's " + Integer.toHexString(colour) + " pixels in ours: "
                        + covered(theirs, mine));
                assertTrue(covered(mine, theirs) > enough, "our " + Integer.toHexString(colour) + " pixels in Batik's: "
                        + covered(mine, theirs) + " in " + c.description());
            }
            int zero = zeroLine(batik);
            assertTrue(zero > 0 && Math.abs(zeroLine(ours) - zero) <= 1, zero + " " + zeroLine(ours));
            // and text in the same places: the dark pixels of titles and labels
            boolean[][] theirText = mask(batik, 0x1f2633);
            boolean[][] myText = mask(ours, 0x1f2633);
            assertTrue(covered(theirText, myText) > 0.9, "text " + covered(theirText, myText));
        }
    }

    @Test
    void aCurveIsAPalettePngOfItsOwnFewColours() throws Exception {
        String svg = CurvePictures.picture("en", 30, 2, false).svg("x.html#step-");
        CurveRasterizer.Pair pair = new CurveRasterizer().pngs(svg, 1200);
        byte[] png = pair.single();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getColorModel() instanceof IndexColorModel, image.getColorModel().toString());
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight(), "a social preview's size");
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int c : image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth())) {
            colours.add(c);
        }
        BufferedImage slides = ImageIO.read(new ByteArrayInputStream(pair.twice()));
        assertEquals(2400, slides.getWidth());
        assertEquals(1260, slides.getHeight(), "twice that for slides");
        assertEquals(4, slides.getColorModel().getPixelSize(), "at 2x in 16 colours");
        java.util.Set<Integer> big = new java.util.HashSet<>();
        for (int c : slides.getRGB(0, 0, 2400, 1260, null, 0, 2400)) {
            big.add(c & 0xffffff);
        }
        for (int marker : new int[] {0xa16207, 0xb3173f, 0x2459c8, 0xb4460f}) {
            assertTrue(big.contains(marker) && colours.contains(0xff000000 | marker),
                    "the markers and lines keep their own colours: " + Integer.toHexString(marker));
        }
        assertTrue(colours.size() <= PalettePng.COLOURS, colours.size() + " colours");
        assertTrue(png.length < 64_000, png.length + " bytes: in 256 colours it is a sixth larger");
        assertEquals(0xffffff, image.getRGB(1199, 1) & 0xffffff, "a white background");
    }

    @Test
    void aPictureOfAtMost32ColoursIsExactIn4BitsUpTo16And8BitsBeyond() throws Exception {
        int w = 37; // odd: the last byte of a row holds one pixel in 4 bits
        int h = 11;
        for (int colours : new int[] {16, 32}) {
            int[] rgb = new int[w * h];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = (int) (i * 2654435761L % colours) * 0x070305 & 0xffffff;
            }
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(rgb, w, h)));
            assertEquals(colours == 16 ? 4 : 8, back.getColorModel().getPixelSize());
            int[] read = back.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < read.length; i++) {
                read[i] &= 0xffffff;
            }
            assertTrue(Arrays.equals(rgb, read), colours + " colours");
        }
    }

    @Test
    void moreColoursThanThePaletteHoldsTakeTheirNearest() throws Exception {
        int w = 600;
        int[] rgb = new int[w];
        for (int i = 0; i < w; i++) {
            // a common blue, a common white, and 300 rare colours, the last of them near white
            rgb[i] = i < 200 ? 0x0000ff : i < 300 ? 0xffffff : i == w - 1 ? 0xfefdfe : (i * 40503) & 0xffffff;
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(rgb, w, 1)));
        assertEquals(0x0000ff, back.getRGB(0, 0) & 0xffffff, "frequent colours are kept exactly");
        int[] read = back.getRGB(0, 0, w, 1, null, 0, w);
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (int c : read) {
            distinct.add(c);
        }
        assertTrue(distinct.size() <= PalettePng.COLOURS, distinct.size() + " colours");
        assertEquals(0xffffff, read[w - 1] & 0xffffff, "a rare shade of white becomes white");
    }

    @Test
    void somethingTheCurvesDoNotDrawIsABug() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><ellipse rx=\"1\"/></svg>";
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CurveRasterizer().pngs(svg, 10));
        assertTrue(e.getMessage().startsWith("this is a bug"), e.getMessage());
    }

    private static BufferedImage batik(String svg, float width) throws Exception {
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose pixels are most often the zero line's grey, or -1. */
    private static int zeroLine(BufferedImage image) {
        boolean[][] grey = mask(image, 0x8a93a3, 90);
        int best = -1;
        int most = image.getWidth() / 3;
        for (int y = 0; y < image.getHeight(); y++) {
            int n = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                n += grey[x][y] ? 1 : 0;
            }
            if (n > most) {
                most = n;
                best = y;
            }
        }
        return best;
    }

    /** The pixels close to a colour. */
    private static boolean[][] mask(BufferedImage image, int colour) {
        return mask(image, colour, 40);
    }

    /** The pixels within a distance of a colour (the sum of the differences of red, green and blue). */
    private static boolean[][] mask(BufferedImage image, int colour, int distance) {
        boolean[][] m = new boolean[image.getWidth()][image.getHeight()];
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int c = image.getRGB(x, y);
                int d = Math.abs((c >> 16 & 0xff) - (colour >> 16 & 0xff)) + Math.abs((c >> 8 & 0xff) - (colour >> 8 & 0xff))
                        + Math.abs((c & 0xff) - (colour & 0xff));
                m[x][y] = d < distance;
            }
        }
        return m;
    }

    /** The share of a's pixels that have one of b's within 2 pixels; 1 when a has none. */
    private static double covered(boolean[][] a, boolean[][] b) {
        int all = 0;
        int near = 0;
        for (int x = 0; x < a.length; x++) {
            for (int y = 0; y < a[x].length; y++) {
                if (!a[x][y]) {
                    continue;
                }
                all++;
                search:
                for (int dx = -2; dx <= 2; dx++) {
                    for (int dy = -2; dy <= 2; dy++) {
                        int u = x + dx;
                        int v = y + dy;
                        if (u >= 0 && v >= 0 && u < b.length && v < b[u].length && b[u][v]) {
                            near++;
                            break search;
                        }
                    }
                }
            }
        }
        return all == 0 ? 1 : near / (double) all;
    }
}
