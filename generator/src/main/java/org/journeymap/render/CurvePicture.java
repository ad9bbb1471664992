package org.journeymap.render;

import java.util.ArrayList;
import java.util.List;
import org.journeymap.model.EmotionScale;
import org.journeymap.model.Numbers;

/**
 * A journey's emotion curve as a picture that stands on its own, for slides, documents and social
 * previews: 1200 by 630 units (a social preview's shape), with the journey's title, its personas
 * and state, the stages as bands over their steps, every step's name under its point (wrapped
 * to two lines, set at an angle when the steps are many, shortened with an ellipsis only when it
 * cannot fit, the full name kept as the label's title), the lowest and highest points with the
 * names of their steps, and a legend for whatever needs one: several personas, a baseline, the
 * moment-of-truth marker, the marker of a missed target. Text is measured with {@link
 * TextWidths}, so no text leaves the picture and the same journey always gives the same bytes.
 * The inline chart of a journey page stays {@link EmotionCurve}: there the map's columns name the
 * steps.
 */
public final class CurvePicture {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final int MARGIN = 28;
    private static final String INK = "#1f2633";
    private static final String MUTED = "#5b6472";
    private static final String MOMENT = "#a16207";
    private static final String MISSED = "#b3173f";
    private static final String RULE = "#c3cad4";
    private static final String[] BANDS = {"#e6ebf2", "#d8e0eb"};
    private static final double SIN45 = Math.sqrt(0.5);
    /** Where the stage bands start and end, and the row of markers under them. */
    private static final int STAGE_TOP = 92;
    private static final int STAGE_HEIGHT = 24;
    private static final int MARKERS = 134;
    private static final int PLOT_TOP = 168;
    /** The height given to step names set at an angle. */
    private static final int ANGLED_BAND = 150;
    private static final double LEGEND_ROW = 22;

    /** A stage: its name and the steps it spans, by index. */
    public record Stage(String name, int first, int count) {
    }

    /** The words of the picture, in the journey's language (or the site's). */
    public record Words(String emotion, String lowest, String highest, String momentOfTruth, String missedTarget,
                        String noEmotion, String startsAt, String endsAt, String steps) {

        EmotionCurve.Words curve() {
            return new EmotionCurve.Words(emotion, lowest, highest, momentOfTruth, noEmotion, startsAt, endsAt);
        }
    }

    private record Entry(String kind, String colour, String dash, String text) {
    }

    private final String title;
    private final String subtitle;
    private final List<EmotionCurve.Point> steps;
    private final List<Stage> stages;
    private final List<CurveSeries> series;
    private final EmotionScale scale;
    private final Words words;
    private final EmotionCurve curve;

    // the layout, worked out once
    private final List<String> scaleLabels = new ArrayList<>();
    private final double plotLeft;
    private final double plotRight;
    private final double plotBottom;
    private final double labelsTop;
    private final boolean angled;
    private final double labelSize;
    private final int labelLines;
    private final double lineHeight;
    private final List<List<Entry>> legendRows;
    private final double legendTop;

    public CurvePicture(String title, String subtitle, List<EmotionCurve.Point> steps, List<Stage> stages,
                        List<CurveSeries> series, EmotionScale scale, Words words) {
        this.title = title;
        this.subtitle = subtitle;
        this.steps = List.copyOf(steps);
        this.stages = List.copyOf(stages);
        this.series = List.copyOf(series);
        this.scale = scale;
        this.words = words;
        this.curve = new EmotionCurve(title, steps, series, scale, words.curve());

        double gutter = 0;
        for (int v = scale.min(); v <= scale.max(); v++) {
            String label = null;
            if (shown(v)) {
                String word = scale.labels().get(v);
                label = number(v) + (word != null && !word.equals(Integer.toString(v)) ? " " + word : "");
                gutter = Math.max(gutter, TextWidths.width(label, 12, false));
            }
            scaleLabels.add(label);
        }
        gutter = Math.min(gutter, 190);
        plotLeft = MARGIN + gutter + 12;
        plotRight = WIDTH - MARGIN;
        double column = column();
        angled = column < 56;
        if (angled) {
            labelSize = Math.max(6, Math.min(11, Math.floor(SIN45 * column * 0.8)));
            lineHeight = Math.round(labelSize * 1.2);
            labelLines = SIN45 * column >= lineHeight + labelSize * 1.05 ? 2 : 1;
        } else {
            // one size for every name: the largest up to 13 at which each name's longest word fits
            // its column (down to 10; a longer word is broken with a hyphen)
            double size = column >= 90 ? 13 : column >= 70 ? 12 : 11;
            double longest = 0;
            for (EmotionCurve.Point p : steps) {
                for (String word : p.name().split("\\s+")) {
                    longest = Math.max(longest, TextWidths.width(word, 1, false));
                }
            }
            while (size > 10 && longest * size > column - 8) {
                size -= 0.5;
            }
            labelSize = size;
            lineHeight = Math.round(labelSize * 1.25);
            labelLines = 2;
        }
        legendRows = rows(legend());
        legendTop = HEIGHT - MARGIN + 6 - legendRows.size() * LEGEND_ROW;
        double band = angled ? ANGLED_BAND : labelLines * lineHeight + 2;
        labelsTop = legendTop - 10 - band;
        plotBottom = labelsTop - 32;
    }

    private boolean shown(int v) {
        return scale.max() - scale.min() <= 12 || v == scale.min() || v == scale.max() || v == 0;
    }

    /** A number as the picture writes it: with a true minus sign. */
    static String number(double v) {
        String s = Numbers.format(v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    private double column() {
        return (plotRight - plotLeft) / Math.max(1, steps.size());
    }

    double x(int step, int count) {
        return plotLeft + (step + 0.5) * (plotRight - plotLeft) / Math.max(1, count);
    }

    double y(double value) {
        double v = Math.max(scale.min(), Math.min(scale.max(), value));
        return PLOT_TOP + (scale.max() - v) / (double) (scale.max() - scale.min()) * (plotBottom - PLOT_TOP);
    }

    /** The picture as an SVG document; its points link to linkPrefix + step id. */
    public String svg(String linkPrefix) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" class=\"jm-curve jm-curve-picture\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"curve-title curve-desc\"")
                .append(" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n");
        s.append("<title id=\"curve-title\">").append(Xml.escape(words.emotion() + ": " + title)).append("</title>\n");
        s.append("<desc id=\"curve-desc\">").append(Xml.escape(description())).append("</desc>\n");
        s.append("<rect class=\"jm-curve-bg\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        double text = WIDTH - 2 * MARGIN;
        s.append("<text x=\"").append(MARGIN).append("\" y=\"50\" font-size=\"26\" font-weight=\"bold\" fill=\"")
                .append(INK).append("\">").append(Xml.escape(TextWidths.fit(title, text, 26, true))).append("</text>\n");
        if (!subtitle.isEmpty()) {
            s.append("<text x=\"").append(MARGIN).append("\" y=\"76\" font-size=\"15\" fill=\"").append(MUTED)
                    .append("\">").append(Xml.escape(TextWidths.fit(subtitle, text, 15, false))).append("</text>\n");
        }
        stages(s);
        grid(s);
        markers(s);
        for (CurveSeries line : series) {
            if (line.faint()) {
                line(s, line, EmotionCurve.BASELINE_COLOUR, "4 4", null);
            }
        }
        int i = 0;
        for (CurveSeries line : series) {
            if (!line.faint()) {
                line(s, line, EmotionCurve.COLOURS[i % EmotionCurve.COLOURS.length],
                        EmotionCurve.DASHES[i % EmotionCurve.DASHES.length], linkPrefix);
                i++;
            }
        }
        extremes(s);
        stepNames(s);
        legend(s);
        return s.append("</svg>\n").toString();
    }

    /** The curve in words, then the steps stage by stage: the names the picture may shorten, whole. */
    public String description() {
        StringBuilder d = new StringBuilder(curve.description());
        if (!steps.isEmpty()) {
            d.append(d.length() > 0 ? " " : "").append(words.steps()).append(": ");
            for (int k = 0; k < stages.size(); k++) {
                Stage st = stages.get(k);
                d.append(k > 0 ? "; " : "").append(st.name()).append(" (");
                for (int i = st.first(); i < st.first() + st.count(); i++) {
                    d.append(i > st.first() ? ", " : "").append(steps.get(i).name());
                }
                d.append(')');
            }
            d.append('.');
        }
        return d.toString();
    }

    private void stages(StringBuilder s) {
        double column = column();
        double separatorEnd = angled ? plotBottom + 10 : labelsTop + labelLines * lineHeight + 2;
        s.append("<g class=\"jm-stages\" font-size=\"12\" font-weight=\"bold\" fill=\"").append(INK).append("\">\n");
        for (int k = 0; k < stages.size(); k++) {
            Stage st = stages.get(k);
            double left = plotLeft + st.first() * column;
            double width = st.count() * column;
            String name = TextWidths.fit(st.name(), width - 10, 12, true);
            s.append("<g><title>").append(Xml.escape(st.name())).append("</title><rect x=\"").append(Xml.num(left))
                    .append("\" y=\"").append(STAGE_TOP).append("\" width=\"").append(Xml.num(width))
                    .append("\" height=\"").append(STAGE_HEIGHT).append("\" fill=\"").append(BANDS[k % 2])
                    .append("\"/>");
            if (!name.isEmpty()) {
                s.append("<text x=\"").append(Xml.num(left + width / 2)).append("\" y=\"").append(STAGE_TOP + 17)
                        .append("\" text-anchor=\"middle\">").append(Xml.escape(name)).append("</text>");
            }
            s.append("</g>\n");
            if (k > 0) {
                s.append("<line x1=\"").append(Xml.num(left)).append("\" x2=\"").append(Xml.num(left))
                        .append("\" y1=\"").append(STAGE_TOP + STAGE_HEIGHT).append("\" y2=\"")
                        .append(Xml.num(separatorEnd)).append("\" stroke=\"").append(RULE)
                        .append("\" class=\"jm-stage-edge\"/>\n");
            }
        }
        s.append("</g>\n");
    }

    private void grid(StringBuilder s) {
        s.append("<g class=\"jm-curve-scale\" font-size=\"12\" fill=\"").append(MUTED).append("\">\n");
        for (int v = scale.min(); v <= scale.max(); v++) {
            double y = y(v);
            boolean zero = v == 0;
            s.append("<line x1=\"").append(Xml.num(plotLeft)).append("\" x2=\"").append(Xml.num(plotRight))
                    .append("\" y1=\"").append(Xml.num(y)).append("\" y2=\"").append(Xml.num(y)).append("\" stroke=\"")
                    .append(zero ? "#8a93a3" : "#d9dde3").append('"')
                    .append(zero ? " stroke-width=\"1.5\"" : " stroke-dasharray=\"2 4\"").append(" class=\"")
                    .append(zero ? "jm-zero" : "jm-gridline").append("\"/>\n");
            String label = scaleLabels.get(v - scale.min());
            if (label != null) {
                s.append("<text x=\"").append(Xml.num(plotLeft - 10)).append("\" y=\"").append(Xml.num(y + 4))
                        .append("\" text-anchor=\"end\">")
                        .append(Xml.escape(TextWidths.fit(label, plotLeft - 10 - MARGIN, 12, false))).append("</text>\n");
            }
        }
        s.append("</g>\n");
    }

    /** The moments of truth (a diamond and a dotted line down the plot) and the steps that miss a target. */
    private void markers(StringBuilder s) {
        for (int i = 0; i < steps.size(); i++) {
            EmotionCurve.Point step = steps.get(i);
            double x = x(i, steps.size());
            boolean both = step.momentOfTruth() && step.missedTarget();
            if (step.momentOfTruth()) {
                double at = both ? x - 8 : x;
                s.append("<g class=\"jm-mot\"><title>").append(Xml.escape(words.momentOfTruth() + ": " + step.name()))
                        .append("</title><line x1=\"").append(Xml.num(x)).append("\" x2=\"").append(Xml.num(x))
                        .append("\" y1=\"").append(MARKERS + 8).append("\" y2=\"").append(Xml.num(plotBottom + 6))
                        .append("\" stroke=\"").append(MOMENT).append("\" stroke-width=\"1.5\" stroke-dasharray=\"1 3\"/>")
                        .append(diamond(at, MARKERS)).append("</g>\n");
            }
            if (step.missedTarget()) {
                double at = both ? x + 8 : x;
                s.append("<g class=\"jm-missed\"><title>").append(Xml.escape(words.missedTarget() + ": " + step.name()))
                        .append("</title>").append(triangle(at, MARKERS)).append("</g>\n");
            }
        }
    }

    private static String diamond(double x, double y) {
        return "<path d=\"M" + Xml.num(x) + " " + Xml.num(y - 7) + " l7 7 l-7 7 l-7 -7 z\" fill=\"" + MOMENT + "\"/>";
    }

    private static String triangle(double x, double y) {
        return "<path d=\"M" + Xml.num(x) + " " + Xml.num(y - 7) + " l7 13 l-14 0 z\" fill=\"" + MISSED + "\"/>";
    }

    private void line(StringBuilder s, CurveSeries line, String colour, String dash, String linkPrefix) {
        EmotionCurve.series(s, line, steps, scale, this::x, this::y,
                new EmotionCurve.Stroke(colour, dash, 3.5, 6.5, CurvePicture::number), linkPrefix);
    }

    /** The lowest and highest points of the personas' lines, each with its step's name and value. */
    private void extremes(StringBuilder s) {
        EmotionCurve.Extremes.of(series, steps.size()).ifPresent(e -> {
            callout(s, e.lowAt(), e.low(), words.lowest(), false);
            callout(s, e.highAt(), e.high(), words.highest(), true);
        });
    }

    private void callout(StringBuilder s, int step, double value, String word, boolean above) {
        double size = 13;
        String head = word + ": ";
        String tail = ", " + number(value);
        double room = Math.min(460, plotRight - plotLeft);
        String name = TextWidths.fit(steps.get(step).name(), room - TextWidths.width(head + tail, size, true), size,
                true);
        String text = head + name + tail;
        double width = TextWidths.width(text, size, true);
        double x = Math.max(plotLeft + width / 2, Math.min(plotRight - width / 2, x(step, steps.size())));
        double y = y(value) + (above ? -14 : 24);
        // on a white ground, so that no line drawn through it blurs it
        s.append("<rect x=\"").append(Xml.num(x - width / 2 - 4)).append("\" y=\"").append(Xml.num(y - 12))
                .append("\" width=\"").append(Xml.num(width + 8)).append("\" height=\"16\" fill=\"#ffffff\"/>\n");
        s.append("<text class=\"jm-callout\" x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y))
                .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"").append(INK)
                .append("\">").append(Xml.escape(text)).append("</text>\n");
    }

    /** Each step's name under its point: wrapped, or at an angle when the steps are many. */
    private void stepNames(StringBuilder s) {
        double column = column();
        s.append("<g class=\"jm-steps\" font-size=\"").append(Xml.num(labelSize)).append("\" fill=\"").append(INK)
                .append("\">\n");
        for (int i = 0; i < steps.size(); i++) {
            String name = steps.get(i).name();
            double x = x(i, steps.size());
            List<String> lines;
            String head;
            if (angled) {
                double ax = x + labelSize * 0.35;
                double ay = labelsTop + 4;
                // the text runs from the anchor down to the left: it may reach neither the picture's
                // left edge nor the legend
                double thickness = labelSize + (labelLines - 1) * lineHeight;
                double length = Math.min((ANGLED_BAND - 8 - thickness) / SIN45, (ax - 4) / SIN45 - thickness);
                lines = TextWidths.wrap(name, length, labelLines, labelSize, false);
                head = "<text x=\"" + Xml.num(ax) + "\" y=\"" + Xml.num(ay) + "\" text-anchor=\"end\" transform=\"rotate(-45 "
                        + Xml.num(ax) + " " + Xml.num(ay) + ")\">";
                s.append(head);
                for (int k = 0; k < lines.size(); k++) {
                    s.append(tspan(ax, ay + k * lineHeight, lines.get(k), k < lines.size() - 1));
                }
            } else {
                lines = TextWidths.wrap(name, column - 8, labelLines, labelSize, false);
                head = "<text x=\"" + Xml.num(x) + "\" y=\"" + Xml.num(labelsTop + labelSize) + "\" text-anchor=\"middle\">";
                s.append(head);
                for (int k = 0; k < lines.size(); k++) {
                    s.append(tspan(x, labelsTop + labelSize + k * lineHeight, lines.get(k), k < lines.size() - 1));
                }
            }
            if (lines.isEmpty() || lines.get(lines.size() - 1).endsWith(TextWidths.ELLIPSIS)) {
                s.append("<title>").append(Xml.escape(name)).append("</title>");
            }
            s.append("</text>\n");
        }
        s.append("</g>\n");
    }

    /** A line of a label; all but the last end in a space, so that the text reads as the name. */
    private static String tspan(double x, double y, String line, boolean more) {
        return "<tspan x=\"" + Xml.num(x) + "\" y=\"" + Xml.num(y) + "\">" + Xml.escape(line) + (more ? " " : "")
                + "</tspan>";
    }

    private List<Entry> legend() {
        List<Entry> entries = new ArrayList<>();
        boolean lines = series.size() > 1;
        int colour = 0;
        for (CurveSeries line : series) {
            if (line.faint()) {
                if (lines) {
                    entries.add(new Entry("line", EmotionCurve.BASELINE_COLOUR, "4 4", line.name()));
                }
            } else {
                if (lines) {
                    entries.add(new Entry("line", EmotionCurve.COLOURS[colour % EmotionCurve.COLOURS.length],
                            EmotionCurve.DASHES[colour % EmotionCurve.DASHES.length], line.name()));
                }
                colour++;
            }
        }
        if (steps.stream().anyMatch(EmotionCurve.Point::momentOfTruth)) {
            entries.add(new Entry("moment", MOMENT, "", words.momentOfTruth()));
        }
        if (steps.stream().anyMatch(EmotionCurve.Point::missedTarget)) {
            entries.add(new Entry("missed", MISSED, "", words.missedTarget()));
        }
        return entries;
    }

    /** Legend entries laid out left to right, in rows of the picture's width, three rows at most. */
    private static List<List<Entry>> rows(List<Entry> entries) {
        List<List<Entry>> rows = new ArrayList<>();
        double x = 0;
        for (Entry e : entries) {
            double w = entryWidth(e);
            if (rows.isEmpty() || x + w > WIDTH - 2 * MARGIN) {
                if (rows.size() == 3) {
                    break;
                }
                rows.add(new ArrayList<>());
                x = 0;
            }
            rows.get(rows.size() - 1).add(e);
            x += w + 24;
        }
        return rows;
    }

    private static String entryText(Entry e) {
        return TextWidths.fit(e.text(), 420, 13, false);
    }

    private static double entryWidth(Entry e) {
        return 34 + TextWidths.width(entryText(e), 13, false);
    }

    private void legend(StringBuilder s) {
        if (legendRows.isEmpty()) {
            return;
        }
        s.append("<g class=\"jm-legend\" font-size=\"13\" fill=\"").append(INK).append("\">\n");
        for (int r = 0; r < legendRows.size(); r++) {
            double baseline = legendTop + 15 + r * LEGEND_ROW;
            double x = MARGIN;
            for (Entry e : legendRows.get(r)) {
                double mid = baseline - 4.5;
                switch (e.kind()) {
                    case "line" -> s.append("<line x1=\"").append(Xml.num(x)).append("\" x2=\"").append(Xml.num(x + 26))
                            .append("\" y1=\"").append(Xml.num(mid)).append("\" y2=\"").append(Xml.num(mid))
                            .append("\" stroke=\"").append(e.colour()).append("\" stroke-width=\"3.5\"")
                            .append(e.dash().isEmpty() ? "" : " stroke-dasharray=\"" + e.dash() + "\"").append("/>");
                    case "moment" -> s.append(diamond(x + 13, mid));
                    default -> s.append(triangle(x + 13, mid));
                }
                s.append("<text x=\"").append(Xml.num(x + 34)).append("\" y=\"").append(Xml.num(baseline)).append("\">")
                        .append(Xml.escape(entryText(e))).append("</text>\n");
                x += entryWidth(e) + 24;
            }
        }
        s.append("</g>\n");
    }
}
