package org.journeymap.render;

import java.util.List;

/**
 * A small line of a measured series, in date order, for the map's metric cells: 64 by 18 units,
 * the lowest value at the bottom and the highest at the top, the latest value as a dot. It is a
 * picture only (aria-hidden): the values are written out beside it as text, for screen readers
 * and for print. Its colour is the text's (currentColor), so it follows the theme's scheme.
 */
final class TrendLine {

    private static final double WIDTH = 64;
    private static final double HEIGHT = 18;
    private static final double PAD = 2.5;

    private TrendLine() {
    }

    /** The line of values, two or more. */
    static String svg(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder points = new StringBuilder();
        double x = 0;
        double y = 0;
        for (int i = 0; i < values.size(); i++) {
            x = PAD + (WIDTH - 2 * PAD) * i / (values.size() - 1);
            y = max == min ? HEIGHT / 2 : PAD + (HEIGHT - 2 * PAD) * (max - values.get(i)) / (max - min);
            points.append(i == 0 ? "" : " ").append(Xml.num(x)).append(',').append(Xml.num(y));
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"jm-trend\" viewBox=\"0 0 " + Xml.num(WIDTH) + " "
                + Xml.num(HEIGHT) + "\" width=\"64\" height=\"18\""
                + " aria-hidden=\"true\" focusable=\"false\"><polyline points=\"" + points
                + "\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>"
                + "<circle cx=\"" + Xml.num(x) + "\" cy=\"" + Xml.num(y) + "\" r=\"2\" fill=\"currentColor\"/></svg>";
    }
}
