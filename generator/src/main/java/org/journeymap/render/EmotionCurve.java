package org.journeymap.render;

import java.util.ArrayList;
import java.util.List;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Numbers;

/**
 * Draws emotion curves as SVG: steps equally spaced so they line up with the map's columns, the
 * scale with its labels and a zero line, one monotone line per persona with its own dash
 * pattern, gaps where a step has no emotion, a link and a tooltip on every point, moments of
 * truth marked, the lowest and highest points called out, and a title and description in words.
 * Colours come from a fixed palette; every text is escaped; every coordinate is bounded.
 */
public final class EmotionCurve {

    /** Width of one step's column in SVG units. */
    static final int COLUMN = 216;
    static final int HEIGHT = 240;
    private static final int TOP = 34;
    private static final int BOTTOM = 30;
    static final String[] COLOURS = {"#2459c8", "#b4460f", "#0f7a55", "#7140c2", "#b3173f"};
    static final String[] DASHES = {"", "10 6", "3 5", "14 5 3 5", "7 3"};
    static final String BASELINE_COLOUR = "#8a93a3";

    /** A step as the curve needs it; missedTarget: one of its metrics misses its target. */
    public record Point(String id, String name, boolean momentOfTruth, boolean missedTarget) {

        public Point(String id, String name, boolean momentOfTruth) {
            this(id, name, momentOfTruth, false);
        }
    }

    /** The words a curve uses, in the site's language. */
    public record Words(String emotion, String lowest, String highest, String momentOfTruth, String noEmotion,
                        String startsAt, String endsAt) {
    }

    private final List<Point> steps;
    private final List<CurveSeries> series;
    private final EmotionScale scale;
    private final Words words;
    private final String title;

    public EmotionCurve(String title, List<Point> steps, List<CurveSeries> series, EmotionScale scale, Words words) {
        this.title = title;
        this.steps = List.copyOf(steps);
        this.series = List.copyOf(series);
        this.scale = scale;
        this.words = words;
    }

    /** How many step columns the curve spans. */
    public int columns() {
        return Math.max(1, steps.size());
    }

    /** Where a step's point sits: in the middle of its column of the given total width. */
    double x(int step, int count, double total) {
        return (step + 0.5) * (total / count);
    }

    double x(int step, int count) {
        return x(step, count, (double) columns() * COLUMN);
    }

    double y(double value) {
        double v = Math.max(scale.min(), Math.min(scale.max(), value));
        return TOP + (scale.max() - v) / (double) (scale.max() - scale.min()) * (HEIGHT - TOP - BOTTOM);
    }

    /**
     * The curve as an SVG element for a page, its columns those of the map ({@link CurvePicture}
     * draws the picture that stands on its own).
     *
     * @param idPrefix   makes the ids of title and description unique on the page
     * @param linkPrefix put before a step id to link a point, such as "#step-"; null for no links
     */
    public String svg(String idPrefix, String linkPrefix) {
        int width = columns() * COLUMN;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" class=\"jm-curve\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT).append('"');
        s.append(" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix)
                .append("-desc\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n");
        s.append("<title id=\"").append(idPrefix).append("-title\">").append(Xml.escape(words.emotion() + ": " + title))
                .append("</title>\n");
        s.append("<desc id=\"").append(idPrefix).append("-desc\">").append(Xml.escape(description())).append("</desc>\n");
        grid(s, width);
        moments(s, width);
        for (CurveSeries line : series) {
            if (line.faint()) {
                line(s, line, BASELINE_COLOUR, "4 4", null, width);
            }
        }
        int i = 0;
        for (CurveSeries line : series) {
            if (!line.faint()) {
                line(s, line, COLOURS[i % COLOURS.length], DASHES[i % DASHES.length], linkPrefix, width);
                i++;
            }
        }
        extremes(s, width);
        legend(s, width);
        s.append("</svg>\n");
        return s.toString();
    }

    private void grid(StringBuilder s, int width) {
        s.append("<g class=\"jm-curve-scale\" font-size=\"11\" fill=\"#5b6472\">\n");
        for (int v = scale.min(); v <= scale.max(); v++) {
            double y = y(v);
            boolean zero = v == 0;
            s.append("<line x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(Xml.num(y)).append("\" y2=\"")
                    .append(Xml.num(y)).append("\" stroke=\"").append(zero ? "#8a93a3" : "#d9dde3").append("\"")
                    .append(zero ? " stroke-width=\"1.5\"" : " stroke-dasharray=\"2 4\"").append(" class=\"")
                    .append(zero ? "jm-zero" : "jm-gridline").append("\"/>\n");
            if (scale.max() - scale.min() <= 12 || v == scale.min() || v == scale.max() || zero) {
                String label = scale.labels().get(v);
                s.append("<text x=\"4\" y=\"").append(Xml.num(y - 3)).append("\">")
                        .append(Xml.escape(Numbers.format(v) + (label != null && !label.equals(Integer.toString(v))
                                ? " " + label : "")))
                        .append("</text>\n");
            }
        }
        s.append("</g>\n");
    }

    private void moments(StringBuilder s, double total) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).momentOfTruth()) {
                double x = x(i, steps.size(), total);
                s.append("<g class=\"jm-mot\"><line x1=\"").append(Xml.num(x)).append("\" x2=\"").append(Xml.num(x))
                        .append("\" y1=\"14\" y2=\"").append(HEIGHT - BOTTOM + 6)
                        .append("\" stroke=\"#a16207\" stroke-width=\"1.5\" stroke-dasharray=\"1 3\"/>")
                        .append("<path d=\"M").append(Xml.num(x)).append(" 3 l6 6 l-6 6 l-6 -6 z\" fill=\"#a16207\"/>")
                        .append("<title>").append(Xml.escape(words.momentOfTruth() + ": " + steps.get(i).name()))
                        .append("</title></g>\n");
            }
        }
    }

    private void line(StringBuilder s, CurveSeries line, String colour, String dash, String linkPrefix,
                      double total) {
        series(s, line, steps, scale, (i, count) -> x(i, count, total), this::y,
                new Stroke(colour, dash, 3, 6, Numbers::format), linkPrefix);
    }

    /** Where a curve puts the point of step i of count steps. */
    interface Across {
        double x(int step, int count);
    }

    /** How a persona's line is drawn: its paint, its width (a baseline's is 1 less), its points' radius, its numbers. */
    record Stroke(String colour, String dash, double width, double radius,
                  java.util.function.DoubleFunction<String> number) {
    }

    /**
     * A persona's line, for the page's chart and the picture alike: its runs between gaps as
     * monotone curves, and with a link prefix a linked point with a tooltip on every value.
     */
    static void series(StringBuilder s, CurveSeries line, List<Point> steps, EmotionScale scale, Across x,
                       java.util.function.DoubleUnaryOperator y, Stroke stroke, String linkPrefix) {
        int count = line.values().size();
        s.append("<g class=\"jm-series").append(line.faint() ? " jm-baseline" : "").append("\"")
                .append(line.faint() ? " opacity=\"0.75\"" : "").append(">\n");
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            Double v = i < count ? line.values().get(i) : null;
            if (v != null && Double.isFinite(v)) {
                run.add(new double[] {x.x(i, count), y.applyAsDouble(v)});
            } else if (!run.isEmpty()) {
                double[] xs = run.stream().mapToDouble(p -> p[0]).toArray();
                double[] ys = run.stream().mapToDouble(p -> p[1]).toArray();
                s.append("<path d=\"").append(MonotoneCurve.path(xs, ys)).append("\" fill=\"none\" stroke=\"")
                        .append(stroke.colour()).append("\" stroke-width=\"")
                        .append(Xml.num(line.faint() ? stroke.width() - 1 : stroke.width()))
                        .append("\" stroke-linecap=\"round\"")
                        .append(stroke.dash().isEmpty() ? "" : " stroke-dasharray=\"" + stroke.dash() + "\"")
                        .append("/>\n");
                run.clear();
            }
        }
        if (linkPrefix != null) {
            // the points share their paint, given once; each names its step in its title, which
            // is its tooltip (the picture as a whole is one image to a screen reader, described
            // by its title and description)
            s.append("<g fill=\"").append(stroke.colour()).append("\" stroke=\"#ffffff\" stroke-width=\"2\">\n");
            for (int i = 0; i < count; i++) {
                Double v = line.values().get(i);
                if (v == null || !Double.isFinite(v)) {
                    continue;
                }
                Point step = steps.get(i);
                String tip = step.name() + " — " + line.name() + ": " + stroke.number().apply(v)
                        + (scale.labelOf(v) != null ? " (" + scale.labelOf(v) + ")" : "");
                s.append("<a xlink:href=\"").append(Xml.escape(linkPrefix + step.id())).append("\"><circle cx=\"")
                        .append(Xml.num(x.x(i, count))).append("\" cy=\"").append(Xml.num(y.applyAsDouble(v)))
                        .append("\" r=\"").append(Xml.num(stroke.radius())).append("\"/><title>")
                        .append(Xml.escape(tip)).append("</title></a>\n");
            }
            s.append("</g>\n");
        }
        s.append("</g>\n");
    }

    /** The lowest and highest points of the personas' lines (not a baseline's), by step, when they differ. */
    record Extremes(int lowAt, double low, int highAt, double high) {

        static java.util.Optional<Extremes> of(List<CurveSeries> series, int steps) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            int lowAt = -1;
            int highAt = -1;
            for (CurveSeries line : series) {
                if (line.faint() || line.values().size() != steps) {
                    continue;
                }
                for (int i = 0; i < steps; i++) {
                    Double v = line.values().get(i);
                    if (v == null) {
                        continue;
                    }
                    if (v < low) {
                        low = v;
                        lowAt = i;
                    }
                    if (v > high) {
                        high = v;
                        highAt = i;
                    }
                }
            }
            return lowAt < 0 || low == high ? java.util.Optional.empty()
                    : java.util.Optional.of(new Extremes(lowAt, low, highAt, high));
        }
    }

    private void extremes(StringBuilder s, double total) {
        Extremes.of(series, steps.size()).ifPresent(e -> {
            callout(s, e.lowAt(), e.low(), words.lowest(), false, total);
            callout(s, e.highAt(), e.high(), words.highest(), true, total);
        });
    }

    private void callout(StringBuilder s, int step, double value, String word, boolean above, double total) {
        double x = x(step, steps.size(), total);
        double y = y(value) + (above ? -13 : 21);
        String anchor = step == 0 ? "start" : step == steps.size() - 1 ? "end" : "middle";
        double tx = step == 0 ? x - 10 : step == steps.size() - 1 ? x + 10 : x;
        s.append("<text class=\"jm-callout\" x=\"").append(Xml.num(tx)).append("\" y=\"")
                .append(Xml.num(Math.max(12, Math.min(HEIGHT - 4, y)))).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f2633\">")
                .append(Xml.escape(word + ": " + Numbers.format(value))).append("</text>\n");
    }

    private void legend(StringBuilder s, int width) {
        if (series.size() < 2) {
            return;
        }
        s.append("<g class=\"jm-legend\" font-size=\"11\" fill=\"#1f2633\">\n");
        double x = width - 8;
        int colour = (int) series.stream().filter(l -> !l.faint()).count();
        for (int k = series.size() - 1; k >= 0; k--) {
            CurveSeries line = series.get(k);
            String name = line.name();
            if (!line.faint()) {
                colour--;
            }
            double textWidth = Math.min(260, name.length() * 6.5);
            x -= textWidth;
            s.append("<text x=\"").append(Xml.num(x)).append("\" y=\"").append(HEIGHT - 8).append("\">")
                    .append(Xml.escape(name)).append("</text>");
            x -= 30;
            String c = line.faint() ? BASELINE_COLOUR : COLOURS[colour % COLOURS.length];
            String dash = line.faint() ? "4 4" : DASHES[colour % DASHES.length];
            s.append("<line x1=\"").append(Xml.num(x)).append("\" x2=\"").append(Xml.num(x + 24)).append("\" y1=\"")
                    .append(HEIGHT - 12).append("\" y2=\"").append(HEIGHT - 12).append("\" stroke=\"").append(c)
                    .append("\" stroke-width=\"3\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append("/>\n");
            x -= 16;
        }
        s.append("</g>\n");
    }

    /** The curve in words, for the description and for readers who cannot see it. */
    public String description() {
        StringBuilder d = new StringBuilder();
        for (CurveSeries line : series) {
            if (line.faint()) {
                continue;
            }
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < line.values().size(); i++) {
                if (line.values().get(i) != null) {
                    present.add(i);
                }
            }
            if (d.length() > 0) {
                d.append(' ');
            }
            d.append(line.name()).append(": ");
            if (present.isEmpty()) {
                d.append(words.noEmotion()).append('.');
                continue;
            }
            int first = present.get(0);
            int last = present.get(present.size() - 1);
            int low = present.stream().min((a, b) -> Double.compare(line.values().get(a), line.values().get(b))).get();
            int high = present.stream().max((a, b) -> Double.compare(line.values().get(a), line.values().get(b))).get();
            d.append(words.startsAt()).append(' ').append(point(line, first)).append("; ")
                    .append(words.lowest().toLowerCase(java.util.Locale.ROOT)).append(' ').append(point(line, low))
                    .append("; ").append(words.highest().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(point(line, high)).append("; ").append(words.endsAt()).append(' ')
                    .append(point(line, last)).append('.');
            int missing = line.values().size() - present.size();
            if (missing > 0) {
                d.append(' ').append(words.noEmotion()).append(": ").append(missing).append('.');
            }
        }
        return d.toString();
    }

    private String point(CurveSeries line, int i) {
        double v = line.values().get(i);
        String label = scale.labelOf(v);
        return Numbers.format(v) + (label != null ? " (" + label + ")" : "") + " — " + steps.get(i).name();
    }

    /** A small line for cards: the first persona's curve with its lowest point marked. */
    public String sparkline(String label) {
        int w = 132;
        int h = 36;
        CurveSeries line = series.stream().filter(l -> !l.faint()).findFirst().orElse(null);
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"jm-sparkline\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" role=\"img\" aria-label=\"").append(Xml.escape(label)).append("\">");
        double zero = 3 + (scale.max() - Math.max(scale.min(), Math.min(scale.max(), 0)))
                / (double) (scale.max() - scale.min()) * (h - 6);
        s.append("<line x1=\"0\" x2=\"").append(w).append("\" y1=\"").append(Xml.num(zero)).append("\" y2=\"")
                .append(Xml.num(zero)).append("\" stroke=\"#c3c9d2\" class=\"jm-zero\"/>");
        if (line != null && !line.values().isEmpty()) {
            int n = line.values().size();
            List<double[]> run = new ArrayList<>();
            double lowest = Double.POSITIVE_INFINITY;
            double[] lowPoint = null;
            for (int i = 0; i <= n; i++) {
                Double v = i < n ? line.values().get(i) : null;
                if (v != null) {
                    double[] p = {(i + 0.5) * w / n, 3 + (scale.max() - v) / (double) (scale.max() - scale.min()) * (h - 6)};
                    run.add(p);
                    if (v < lowest) {
                        lowest = v;
                        lowPoint = p;
                    }
                } else if (!run.isEmpty()) {
                    s.append("<path d=\"").append(MonotoneCurve.path(run.stream().mapToDouble(p -> p[0]).toArray(),
                            run.stream().mapToDouble(p -> p[1]).toArray())).append("\" fill=\"none\" stroke=\"")
                            .append(COLOURS[0]).append("\" stroke-width=\"2\"/>");
                    run.clear();
                }
            }
            if (lowPoint != null) {
                s.append("<circle cx=\"").append(Xml.num(lowPoint[0])).append("\" cy=\"").append(Xml.num(lowPoint[1]))
                        .append("\" r=\"3\" fill=\"#b3173f\"/>");
            }
        }
        return s.append("</svg>").toString();
    }
}
