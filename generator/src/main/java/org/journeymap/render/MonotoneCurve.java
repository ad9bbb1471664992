package org.journeymap.render;

/**
 * Fritsch–Carlson monotone cubic interpolation as SVG Bézier segments: the curve passes through
 * every point and never rises above or falls below its neighbours, so it cannot overshoot the
 * scale.
 */
final class MonotoneCurve {

    private MonotoneCurve() {
    }

    /** An SVG path through the points (x ascending): "M x y C ..." */
    static String path(double[] x, double[] y) {
        int n = x.length;
        StringBuilder d = new StringBuilder("M").append(Xml.num(x[0])).append(' ').append(Xml.num(y[0]));
        if (n == 1) {
            return d.toString();
        }
        double[] slope = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            slope[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        }
        double[] m = new double[n];
        m[0] = slope[0];
        m[n - 1] = slope[n - 2];
        for (int i = 1; i < n - 1; i++) {
            m[i] = slope[i - 1] * slope[i] <= 0 ? 0 : (slope[i - 1] + slope[i]) / 2;
        }
        for (int i = 0; i < n - 1; i++) {
            if (slope[i] == 0) {
                m[i] = 0;
                m[i + 1] = 0;
                continue;
            }
            double a = m[i] / slope[i];
            double b = m[i + 1] / slope[i];
            double h = a * a + b * b;
            if (h > 9) {
                double t = 3 / Math.sqrt(h);
                m[i] = t * a * slope[i];
                m[i + 1] = t * b * slope[i];
            }
        }
        for (int i = 0; i < n - 1; i++) {
            double h = (x[i + 1] - x[i]) / 3;
            d.append(" C").append(Xml.num(x[i] + h)).append(' ').append(Xml.num(y[i] + m[i] * h))
                    .append(' ').append(Xml.num(x[i + 1] - h)).append(' ').append(Xml.num(y[i + 1] - m[i + 1] * h))
                    .append(' ').append(Xml.num(x[i + 1])).append(' ').append(Xml.num(y[i + 1]));
        }
        return d.toString();
    }
}
