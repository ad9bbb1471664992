package org.journeymap.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * Turns the SVG that journeymap drew into PNG with Batik, locked down: the SVG is read from a
 * string with no document URI, scripts and external resources (local files included) are never
 * loaded, onload never runs, and the size is capped.
 */
public final class CurveRasterizer {

    static final float MAX_WIDTH = 2400;
    /** The PNG encoder's settings, for cache keys: change it when they change. */
    static final String ENCODING = "ImageIO deflate quality 0.9";
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

    /**
     * Rasterizes SVG text at the given width; the height follows the aspect ratio. Batik draws the
     * image; the JDK's PNG writer encodes it, several times faster than Batik's own encoder.
     */
    public byte[] png(String svg, float width) throws TranscoderException {
        BufferedImage[] image = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage img, TranscoderOutput output) {
                image[0] = img;
            }

            @Override
            protected UserAgent createUserAgent() {
                return new SVGAbstractTranscoderUserAgent() {
                    @Override
                    public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
                        return new NoLoadScriptSecurity(type);
                    }

                    @Override
                    public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
                        return new NoLoadExternalResourceSecurity();
                    }

                    @Override
                    public boolean isXMLParserValidating() {
                        return false;
                    }
                };
            }
        };
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_MAX_WIDTH, MAX_WIDTH);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_MAX_HEIGHT, MAX_HEIGHT);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, Math.min(width, MAX_WIDTH));
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        if (image[0] == null) {
            throw new TranscoderException("this is a bug: Batik drew no image");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            // lighter deflate than the default: encoding is most of the cost of a PNG, and this
            // halves it for files about a fifth larger
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new javax.imageio.IIOImage(image[0], null, null), param);
        } catch (java.io.IOException e) {
            throw new TranscoderException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
