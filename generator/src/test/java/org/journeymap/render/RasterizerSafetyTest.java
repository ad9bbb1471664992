package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batik reads local files referenced from SVG by default; journeymap's rasterizer must not. */
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
        int refusals = 0;
        int drawn = 0;
        for (String reference : new String[] {uri, secret.toString(), "../../../../../../.." + secret}) {
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " width=\"64\" height=\"64\"><rect width=\"64\" height=\"64\" fill=\"#ffffff\"/>"
                    + "<image x=\"0\" y=\"0\" width=\"64\" height=\"64\" xlink:href=\"" + reference + "\"/>"
                    + "<script>document.title='x'</script></svg>";
            byte[] png;
            try {
                png = new CurveRasterizer().png(svg, 64);
            } catch (TranscoderException refused) {
                refusals++;
                continue; // refusing to draw is as good as drawing without the file
            }
            drawn++;
            BufferedImage out = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(out);
            assertFalse(hasRed(out), "the local file " + reference + " was drawn into the PNG");
        }
        assertFalse(Files.size(secret) == 0);
        org.junit.jupiter.api.Assertions.assertEquals(3, drawn + refusals);

        // the control: Batik's defaults, given a document with a file: URI, do read the file
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"64\" height=\"64\"><image width=\"64\" height=\"64\" xlink:href=\"secret.png\"/></svg>";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.batik.transcoder.TranscoderInput input =
                new org.apache.batik.transcoder.TranscoderInput(new java.io.StringReader(svg));
        input.setURI(temp.resolve("curve.svg").toUri().toString());
        new org.apache.batik.transcoder.image.PNGTranscoder().transcode(input,
                new org.apache.batik.transcoder.TranscoderOutput(out));
        org.junit.jupiter.api.Assertions.assertTrue(hasRed(ImageIO.read(new ByteArrayInputStream(out.toByteArray()))),
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
