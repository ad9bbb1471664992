package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batik reads local files referenced from SVG by default; journeymap's rasterizer never reads anything but the SVG. */
class RasterizerSafetyTest {

    @TempDir
    Path temp;

    @Test
    void localFilesReferencedFromSvgAreNeverRead() throws Exception {
        BufferedImage red = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                red.setRGB(x, y, 0xFF0000);
            }
        }
        Path secret = temp.resolve("secret.png");
        ImageIO.write(red, "png", secret.toFile());
        String uri = secret.toUri().toString();
        List<String> hostile = new ArrayList<>();
        for (String reference : new String[] {uri, secret.toString(), "../../../../../../.." + secret}) {
            hostile.add("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " width=\"64\" height=\"64\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                    + "<image x=\"0\" y=\"0\" width=\"64\" height=\"64\" xlink:href=\"" + reference + "\"/></svg>");
            hostile.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"url(" + reference + ")\"/></svg>");
        }
        hostile.add("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY s SYSTEM \"" + uri + "\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><text x=\"1\" y=\"9\">&s;</text></svg>");
        hostile.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" onload=\"alert(1)\">"
                + "<script>document.title='x'</script></svg>");
        for (String svg : hostile) {
            Exception refused = assertThrows(Exception.class, () -> new CurveRasterizer().pngs(svg, 64), svg);
            assertFalse(refused.getMessage() == null, svg);
        }
        // the control: the rasterizer draws what it knows, and Batik's defaults, given a document
        // with a file: URI, do read the file
        byte[] png = new CurveRasterizer().pngs("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ff0000\"/></svg>", 64).single();
        assertTrue(hasRed(ImageIO.read(new ByteArrayInputStream(png))));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"64\" height=\"64\"><image width=\"64\" height=\"64\" xlink:href=\"secret.png\"/></svg>";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.batik.transcoder.TranscoderInput input =
                new org.apache.batik.transcoder.TranscoderInput(new java.io.StringReader(svg));
        input.setURI(temp.resolve("curve.svg").toUri().toString());
        new org.apache.batik.transcoder.image.PNGTranscoder().transcode(input,
                new org.apache.batik.transcoder.TranscoderOutput(out));
        assertTrue(hasRed(ImageIO.read(new ByteArrayInputStream(out.toByteArray()))),
                "Batik's defaults should draw the local file");
    }

    private static boolean hasRed(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aMissingFontIsAMessageThatNamesWhatToInstall() {
        String none = CurveRasterizer.checkFonts(() -> new String[0]);
        org.junit.jupiter.api.Assertions.assertTrue(none.contains("apt-get install fontconfig fonts-dejavu-core"), none);
        String broken = CurveRasterizer.checkFonts(() -> {
            throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
        });
        org.junit.jupiter.api.Assertions.assertTrue(broken.startsWith("the JDK found no usable fonts (InternalError)"), broken);
        org.junit.jupiter.api.Assertions.assertNull(CurveRasterizer.checkFonts(() -> new String[] {"DejaVu Sans"}),
                "DejaVu Sans covers Polish and Cyrillic");
    }
}
