package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.journeymap.model.EmotionScale;
import org.junit.jupiter.api.Test;

class EmotionCurveTest {

    private static final EmotionCurve.Words WORDS = new EmotionCurve.Words("Emotion", "Lowest", "Highest",
            "Moment of truth", "No emotion recorded", "starts at", "ends at");

    private static EmotionCurve curve(List<Double> values, List<Double> second) {
        List<EmotionCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new EmotionCurve.Point("s" + i, "Step <" + i + ">", i == 1));
        }
        List<CurveSeries> series = new ArrayList<>(List.of(new CurveSeries("Anna", values, false)));
        if (second != null) {
            series.add(new CurveSeries("Piotr & co", second, false));
        }
        return new EmotionCurve("Buying \"a\" sofa", points, series, EmotionScale.DEFAULT, WORDS);
    }

    @Test
    void monotoneSegmentsNeverLeaveTheRangeOfTheirEnds() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            int n = 2 + random.nextInt(8);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = i * 100 + 50;
                y[i] = random.nextInt(5) * 50.0;
            }
            double[] d = Arrays.stream(MonotoneCurve.path(x, y).replaceAll("[MC]", " ").trim().split("\\s+"))
                    .mapToDouble(Double::parseDouble).toArray();
            for (int i = 0; i < n - 1; i++) {
                double y0 = d[1 + i * 6];
                double c1 = d[3 + i * 6];
                double c2 = d[5 + i * 6];
                double y1 = d[7 + i * 6];
                for (double t = 0; t <= 1; t += 0.05) {
                    double u = 1 - t;
                    double at = u * u * u * y0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * y1;
                    assertTrue(at >= Math.min(y0, y1) - 0.11 && at <= Math.max(y0, y1) + 0.11,
                            "overshoot in segment " + i + " of " + Arrays.toString(y));
                }
            }
        }
    }

    @Test
    void gapsSplitTheLineAndPointsLinkToSteps() {
        String svg = curve(Arrays.asList(1.0, -1.0, null, 0.5, 2.0), null).svg("c", "#step-");
        assertEquals(2, svg.split("<path d=\"M").length - 1 - 1, "two runs of line around the gap (plus the MoT marker)");
        assertEquals(4, svg.split("xlink:href=\"#step-s").length - 1, "a link on each point with a value");
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title id=\"c-title\">Emotion: Buying &quot;a&quot; sofa</title>"), svg);
        assertTrue(svg.contains("<desc id=\"c-desc\">Anna: starts at 1 (Satisfied) — Step &lt;0&gt;; lowest -1 (Unhappy)"),
                svg);
        assertTrue(svg.contains("Lowest: -1"));
        assertTrue(svg.contains("Highest: 2"));
        assertTrue(svg.contains("class=\"jm-mot\""), "the moment of truth is marked");
        assertFalse(svg.contains("Step <"), "text is escaped");
    }

    @Test
    void severalPersonasGetDistinctDashesAndALegend() {
        String svg = curve(List.of(1.0, 0.0, -1.0), List.of(-1.0, 0.0, 1.0)).svg("c", "#step-");
        assertTrue(svg.contains("class=\"jm-legend\""));
        assertTrue(svg.contains("stroke-dasharray=\"10 6\""), "the second line is dashed");
        assertTrue(svg.contains(">Piotr &amp; co</text>"));
    }

    @Test
    void pointsSitInTheMiddleOfTheirColumnsAndInsideTheScale() {
        EmotionCurve c = curve(List.of(-2.0, 2.0, 0.0), null);
        assertEquals(EmotionCurve.COLUMN / 2.0, c.x(0, 3));
        assertEquals(EmotionCurve.COLUMN * 2.5, c.x(2, 3));
        assertTrue(c.y(2) < c.y(0) && c.y(0) < c.y(-2));
        assertEquals(c.y(2), c.y(99), "values beyond the scale are drawn at its edge");
    }

    @Test
    void onAPageTheCurveKeepsTheMapsColumns() {
        List<Double> many = java.util.Collections.nCopies(30, 1.0);
        String svg = curve(many, null).svg("c", "#step-");
        assertTrue(svg.contains("viewBox=\"0 0 6480 240\""), svg.substring(0, 300));
        assertTrue(svg.contains("xlink:href=\"#step-s0\""));
        assertFalse(svg.startsWith("<?xml"), "a fragment of the page, not a document");
    }
}
