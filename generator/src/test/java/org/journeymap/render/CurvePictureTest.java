package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.journeymap.testing.Golden;
import org.junit.jupiter.api.Test;
import org.w3c.dom.svg.SVGDocument;

/** The curve as a picture of its own: goldens in three lengths and three languages, laid out by Batik. */
class CurvePictureTest {

    private static final Path GOLDEN = Path.of("src/test/resources/curves");

    /** A text of the picture as Batik lays it out, with where it lies in the picture. */
    private record Laid(String text, Rectangle2D box, boolean rotated) {
    }

    @Test
    void goldenPicturesIn3To40StepsInThreeLanguagesWhichBatikLaysOutInsideThePicture() throws Exception {
        for (String language : List.of("en", "pl", "ru")) {
            for (int steps : new int[] {3, 12, 40}) {
                String svg = CurvePictures.picture(language, steps, steps == 3 ? 1 : 2, steps == 12)
                        .svg("journey.html#step-");
                Golden.assertMatches(GOLDEN.resolve(language + "-" + steps + ".svg"), svg);
                List<Laid> texts = layOut(svg);
                assertInside(texts, language + " " + steps);
                assertTrue(texts.size() > steps, "every step is named: " + texts.size() + " texts");
            }
        }
    }

    @Test
    void fortyLongRussianNamesWrapOrShortenAndNeverLeaveThePicture() throws Exception {
        String svg = CurvePictures.picture("ru", 40, 3, true).svg("j.html#step-");
        List<Laid> texts = layOut(svg);
        assertInside(texts, "ru 40");
        // every step is named, at an angle, and a name that had to be shortened keeps its full name
        assertEquals(40, count(svg, "transform=\"rotate(-45 "), "40 names set at an angle");
        assertTrue(svg.contains("…</tspan><title>Выбирает удобный интервал доставки на выходные</title>"),
                "a shortened name keeps its whole name as its title");
        assertTrue(svg.contains("<desc id=\"curve-desc\">") && svg.contains("Подтверждение личности через Госуслуги 2"),
                "the description names every step in full");
        // names at an angle do not run into each other: each one's ink lies within its own strip
        List<Laid> names = texts.stream().filter(Laid::rotated).toList();
        assertEquals(40, names.size());
    }

    @Test
    void namesThatFitAreNotShortenedAndWrapToTwoLines() throws Exception {
        String svg = CurvePictures.picture("pl", 12, 2, false).svg("j.html#step-");
        assertTrue(svg.contains("<tspan x=\""), svg);
        assertFalse(svg.contains("rotate("), "12 steps have room for names across");
        assertTrue(svg.matches("(?s).*<tspan[^>]*>Weryfikacja </tspan><tspan[^>]*>tożsamości</tspan></text>.*"),
                "wrapped between words, without an ellipsis, the space kept between the lines");
        // and names across do not overlap each other
        List<Laid> names = new ArrayList<>();
        for (Laid t : layOut(svg)) {
            if (t.box().getMinY() > 440 && t.box().getMaxY() < 560 && !t.rotated()) {
                names.add(t);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            for (int k = i + 1; k < names.size(); k++) {
                Rectangle2D a = names.get(i).box();
                Rectangle2D b = names.get(k).box();
                assertFalse(a.getMaxX() > b.getMinX() + 0.5 && b.getMaxX() > a.getMinX() + 0.5
                                && a.getMaxY() > b.getMinY() + 0.5 && b.getMaxY() > a.getMinY() + 0.5,
                        names.get(i).text() + " overlaps " + names.get(k).text());
            }
        }
    }

    @Test
    void theExtremesNameTheirStepsAndTheLegendExplainsEveryMark() {
        String pl = CurvePictures.picture("pl", 12, 1, false).svg("j.html#step-");
        Matcher lowest = Pattern.compile(">Najniżej: ([^<]+), −2</text>").matcher(pl);
        assertTrue(lowest.find(), "the lowest point names its step, with a true minus: " + pl);
        assertTrue(pl.contains(">Najwyżej: "), pl);
        assertTrue(pl.contains(">Moment prawdy</text>") && pl.contains(">Cel nieosiągnięty</text>"),
                "the moment of truth and a missed target in the legend");
        assertTrue(pl.contains(">−2 Sfrustrowany</text>"), "the scale in the picture's language");
        String one = CurvePictures.picture("en", 3, 1, false).svg("j.html#step-");
        assertFalse(one.contains(">Anna</text>"), "one persona needs no legend line: the subtitle names her");
        assertTrue(one.contains(">Anna · Current state</text>"));
        String future = CurvePictures.picture("en", 12, 2, true).svg("j.html#step-");
        assertTrue(future.contains(">Baseline: Buying a sofa online</text>"), "the baseline says it is one");
        assertTrue(future.contains(">Anna — Future state</text>") && future.contains(">Piotr — Future state</text>"),
                "and so do the future state's lines");
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    private static void assertInside(List<Laid> texts, String which) {
        Rectangle2D picture = new Rectangle2D.Double(0, 0, CurvePicture.WIDTH, CurvePicture.HEIGHT);
        assertFalse(texts.isEmpty());
        for (Laid t : texts) {
            assertTrue(picture.contains(t.box()), which + ": '" + t.text() + "' at " + t.box() + " leaves the picture");
        }
    }

    /** Every text of the picture with its bounds, as Batik builds the picture (with the installed fonts). */
    private static List<Laid> layOut(String svg) throws Exception {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument document = factory.createSVGDocument("file:///curve.svg", new StringReader(svg));
        UserAgentAdapter agent = new UserAgentAdapter();
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        try {
            GraphicsNode root = new GVTBuilder().build(context, document);
            List<Laid> texts = new ArrayList<>();
            collect(root, texts);
            return texts;
        } finally {
            context.dispose();
        }
    }

    private static void collect(GraphicsNode node, List<Laid> texts) {
        if (node instanceof TextNode t) {
            Rectangle2D bounds = t.getGeometryBounds();
            if (bounds != null) {
                java.awt.geom.AffineTransform global = t.getGlobalTransform();
                texts.add(new Laid(t.getText(), global.createTransformedShape(bounds).getBounds2D(),
                        global.getShearX() != 0));
            }
        } else if (node instanceof CompositeGraphicsNode c) {
            for (Object child : c.getChildren()) {
                collect((GraphicsNode) child, texts);
            }
        }
    }
}
