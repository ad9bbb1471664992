package org.journeymap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Paints the SVG that {@link CurvePicture} writes onto a Java2D image, so that a curve's PNG is
 * drawn from the very same picture as its SVG without a general SVG engine: the small subset the
 * curves use (svg, g with translate and opacity, rect, line, path of M, L, C and z commands,
 * circle, text with tspan lines and a rotation; a, title and desc), nothing else. An element or
 * attribute outside that subset is a bug in journeymap, reported as one, never skipped. The XML
 * is read with no DTD and no entities.
 */
final class SvgPainter {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** Attributes that say what a shape means (ids, classes, accessibility, links), not how it looks. */
    private static final Set<String> MEANING = Set.of("class", "id", "role", "aria-labelledby", "aria-label", "href",
            "xmlns", "xmlns:xlink", "viewBox", "width", "height", "font-family");

    private final Font base;
    private int pixelWidth;
    private int pixelHeight;

    /**
     * Each thread's last picture, painted over by its next one of the same size: a build paints
     * a thousand pictures of 12 MB, which as new arrays each filled the heap with garbage.
     */
    private static final ThreadLocal<BufferedImage> IMAGES = new ThreadLocal<>();

    /** A painter for one picture at a time: it is not shared between threads. */
    SvgPainter(Font base) {
        this.base = base;
    }

    /** What a group or shape inherits: the painting state at one depth. */
    private record Style(String fill, String stroke, String strokeWidth, double fontSize, boolean bold, String anchor,
                         double opacity, AffineTransform transform) {
    }

    /**
     * Paints the SVG at the given width in pixels; the height follows its proportions.
     *
     * @return the picture as 0xRRGGBB pixels, with its size; its pixels are this thread's to
     *     use until it paints again
     */
    Picture paint(String svg, int pixelWidth) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(new StringReader(svg));
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog
            }
            if (!r.isStartElement() || !r.getLocalName().equals("svg")) {
                throw new IllegalArgumentException("this is a bug: the curve does not start with <svg>");
            }
            double width = number(r, "width");
            double height = number(r, "height");
            double scale = pixelWidth / width;
            this.pixelWidth = pixelWidth;
            this.pixelHeight = (int) Math.round(height * scale);
            BufferedImage image = IMAGES.get();
            if (image == null || image.getWidth() != pixelWidth || image.getHeight() != pixelHeight) {
                image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
                IMAGES.set(image);
            }
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, pixelWidth, pixelHeight);
                Deque<Style> styles = new ArrayDeque<>();
                styles.push(new Style("#000000", "none", "1", 16, false, "start", 1,
                        AffineTransform.getScaleInstance(scale, scale)));
                checkAttributes(r, Set.of());
                paintChildren(r, g, styles);
            } finally {
                g.dispose();
            }
            return new Picture(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), pixelWidth, pixelHeight);
        } finally {
            r.close();
        }
    }

    /** Pixels as 0xRRGGBB, row by row. */
    record Picture(int[] rgb, int width, int height) {
    }

    private void paintChildren(XMLStreamReader r, Graphics2D g, Deque<Style> styles) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                element(r, g, styles);
            }
        }
    }

    private void element(XMLStreamReader r, Graphics2D g, Deque<Style> styles) throws XMLStreamException {
        String name = r.getLocalName();
        Style s = styles.peek();
        switch (name) {
            case "title", "desc" -> r.getElementText(); // words for readers, not paint
            case "a" -> {
                checkAttributes(r, Set.of());
                paintChildren(r, g, styles);
            }
            case "g" -> {
                checkAttributes(r, Set.of("transform", "opacity", "font-size", "fill", "font-weight", "stroke",
                        "stroke-width"));
                AffineTransform t = new AffineTransform(s.transform());
                String transform = r.getAttributeValue(null, "transform");
                if (transform != null) {
                    if (!transform.startsWith("translate(") || !transform.endsWith(")")) {
                        throw bug("transform " + transform);
                    }
                    String[] xy = transform.substring(10, transform.length() - 1).trim().split("[ ,]+");
                    t.translate(Double.parseDouble(xy[0]), xy.length > 1 ? Double.parseDouble(xy[1]) : 0);
                }
                styles.push(new Style(attribute(r, "fill", s.fill()), attribute(r, "stroke", s.stroke()),
                        attribute(r, "stroke-width", s.strokeWidth()), r.getAttributeValue(null, "font-size") == null ? s.fontSize() : number(r, "font-size"),
                        "bold".equals(attribute(r, "font-weight", s.bold() ? "bold" : "normal")), s.anchor(),
                        s.opacity() * (r.getAttributeValue(null, "opacity") == null ? 1 : number(r, "opacity")), t));
                paintChildren(r, g, styles);
                styles.pop();
            }
            case "rect" -> {
                checkAttributes(r, Set.of("fill", "x", "y"));
                fill(g, colour(attribute(r, "fill", s.fill())), s.opacity());
                if ("100%".equals(r.getAttributeValue(null, "width")) && "100%".equals(r.getAttributeValue(null, "height"))) {
                    g.setTransform(new AffineTransform());
                    g.fill(new Rectangle2D.Double(0, 0, pixelWidth, pixelHeight));
                } else {
                    g.setTransform(s.transform());
                    g.fill(new Rectangle2D.Double(optional(r, "x"), optional(r, "y"), number(r, "width"),
                            number(r, "height")));
                }
                r.getElementText();
            }
            case "line" -> {
                checkAttributes(r, Set.of("x1", "x2", "y1", "y2", "stroke", "stroke-width", "stroke-dasharray",
                        "stroke-linecap"));
                g.setTransform(s.transform());
                stroke(r, g, s, new Line2D.Double(number(r, "x1"), number(r, "y1"), number(r, "x2"), number(r, "y2")));
                r.getElementText();
            }
            case "path" -> {
                checkAttributes(r, Set.of("d", "fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-linecap"));
                g.setTransform(s.transform());
                Path2D.Double path = path(r.getAttributeValue(null, "d"));
                String fill = attribute(r, "fill", s.fill());
                if (!fill.equals("none")) {
                    fill(g, colour(fill), s.opacity());
                    g.fill(path);
                }
                stroke(r, g, s, path);
                r.getElementText();
            }
            case "circle" -> {
                checkAttributes(r, Set.of("cx", "cy", "r", "fill", "stroke", "stroke-width"));
                g.setTransform(s.transform());
                double radius = number(r, "r");
                Ellipse2D.Double circle = new Ellipse2D.Double(number(r, "cx") - radius, number(r, "cy") - radius,
                        2 * radius, 2 * radius);
                fill(g, colour(attribute(r, "fill", s.fill())), s.opacity());
                g.fill(circle);
                stroke(r, g, s, circle);
                paintChildren(r, g, styles); // a point's tooltip
            }
            case "text" -> {
                checkAttributes(r, Set.of("x", "y", "text-anchor", "font-size", "font-weight", "fill", "transform"));
                AffineTransform t = new AffineTransform(s.transform());
                String transform = r.getAttributeValue(null, "transform");
                if (transform != null) {
                    // rotate(angle cx cy), the only transform text gets
                    if (!transform.startsWith("rotate(") || !transform.endsWith(")")) {
                        throw bug("transform " + transform + " on <text>");
                    }
                    String[] a = transform.substring(7, transform.length() - 1).trim().split("[ ,]+");
                    if (a.length != 3) {
                        throw bug("transform " + transform + " on <text>");
                    }
                    t.rotate(Math.toRadians(Double.parseDouble(a[0])), Double.parseDouble(a[1]),
                            Double.parseDouble(a[2]));
                }
                g.setTransform(t);
                double x = number(r, "x");
                double y = number(r, "y");
                String anchor = attribute(r, "text-anchor", s.anchor());
                double size = r.getAttributeValue(null, "font-size") == null ? s.fontSize() : number(r, "font-size");
                boolean bold = "bold".equals(attribute(r, "font-weight", s.bold() ? "bold" : "normal"));
                Font font = font(size, bold);
                g.setFont(font);
                fill(g, colour(attribute(r, "fill", s.fill())), s.opacity());
                // the text itself, or lines (tspan) placed each at its own x and y; a title is for readers
                StringBuilder direct = new StringBuilder();
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        break;
                    }
                    if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE) {
                        direct.append(r.getText());
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "title" -> r.getElementText();
                            case "tspan" -> {
                                checkAttributes(r, Set.of("x", "y"));
                                double lx = number(r, "x");
                                double ly = number(r, "y");
                                text(g, font, r.getElementText(), lx, ly, anchor);
                            }
                            default -> throw bug("<" + r.getLocalName() + "> in <text>");
                        }
                    }
                }
                if (!direct.toString().isBlank()) {
                    text(g, font, direct.toString(), x, y, anchor);
                }
            }
            default -> throw bug("element <" + name + ">");
        }
    }

    /** One chunk of text at its anchor, its glyphs filled as shapes, as SVG engines draw text. */
    private static void text(Graphics2D g, Font font, String text, double x, double y, String anchor) {
        double advance = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        double at = switch (anchor) {
            case "start" -> x;
            case "middle" -> x - advance / 2;
            case "end" -> x - advance;
            default -> throw bug("text-anchor " + anchor);
        };
        g.fill(font.createGlyphVector(g.getFontRenderContext(), text).getOutline((float) at, (float) y));
    }

    private final Map<Long, Font> fonts = new HashMap<>();

    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> base.deriveFont(Map.of(TextAttribute.SIZE, (float) size,
                TextAttribute.WEIGHT, bold ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR)));
    }

    private static void stroke(XMLStreamReader r, Graphics2D g, Style s, java.awt.Shape shape) {
        String stroke = attribute(r, "stroke", s.stroke());
        if (stroke.equals("none")) {
            return;
        }
        double width = Double.parseDouble(attribute(r, "stroke-width", s.strokeWidth()));
        String dash = r.getAttributeValue(null, "stroke-dasharray");
        int cap = switch (attribute(r, "stroke-linecap", "butt")) {
            case "butt" -> BasicStroke.CAP_BUTT;
            case "round" -> BasicStroke.CAP_ROUND;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> throw bug("stroke-linecap");
        };
        float[] pattern = null;
        if (dash != null) {
            String[] parts = dash.trim().split("[ ,]+");
            pattern = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                pattern[i] = Float.parseFloat(parts[i]);
            }
        }
        g.setStroke(new BasicStroke((float) width, cap, BasicStroke.JOIN_MITER, 4, pattern, 0));
        fill(g, colour(stroke), s.opacity());
        g.draw(shape);
    }

    private static void fill(Graphics2D g, Color colour, double opacity) {
        g.setColor(colour);
        g.setComposite(opacity >= 1 ? AlphaComposite.SrcOver : AlphaComposite.getInstance(AlphaComposite.SRC_OVER,
                (float) opacity));
    }

    /** The path commands the curves use: M, L, C and z, absolute or relative. */
    static Path2D.Double path(String d) {
        Path2D.Double p = new Path2D.Double();
        String[] tokens = d.trim().replaceAll("([MmLlCcZz])", " $1 ").trim().split("[ ,]+");
        char command = 0;
        double x = 0;
        double y = 0;
        int i = 0;
        while (i < tokens.length) {
            String t = tokens[i];
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'z' || command == 'Z') {
                    p.closePath();
                }
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            double ox = relative ? x : 0;
            double oy = relative ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + Double.parseDouble(tokens[i]);
                    y = oy + Double.parseDouble(tokens[i + 1]);
                    p.moveTo(x, y);
                    i += 2;
                    command = relative ? 'l' : 'L';
                }
                case 'L' -> {
                    x = ox + Double.parseDouble(tokens[i]);
                    y = oy + Double.parseDouble(tokens[i + 1]);
                    p.lineTo(x, y);
                    i += 2;
                }
                case 'C' -> {
                    double[] c = new double[6];
                    for (int k = 0; k < 6; k++) {
                        c[k] = (k % 2 == 0 ? ox : oy) + Double.parseDouble(tokens[i + k]);
                    }
                    p.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    x = c[4];
                    y = c[5];
                    i += 6;
                }
                default -> throw bug("path command " + command);
            }
        }
        return p;
    }

    private static String attribute(XMLStreamReader r, String name, String inherited) {
        String v = r.getAttributeValue(null, name);
        return v == null ? inherited : v;
    }

    private static double optional(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name) == null ? 0 : number(r, name);
    }

    private static double number(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        if (v == null) {
            throw bug("<" + r.getLocalName() + "> without " + name);
        }
        return Double.parseDouble(v);
    }

    private static Color colour(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw bug("colour " + hex);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static void checkAttributes(XMLStreamReader r, Set<String> painted) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            String prefix = r.getAttributePrefix(i);
            String full = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
            if (!painted.contains(name) && !MEANING.contains(name) && !MEANING.contains(full)
                    && !XMLConstants.XMLNS_ATTRIBUTE.equals(prefix)) {
                throw bug("attribute " + full + " on <" + r.getLocalName() + ">");
            }
        }
    }

    private static IllegalArgumentException bug(String what) {
        return new IllegalArgumentException("this is a bug: the PNG painter does not draw " + what);
    }
}
