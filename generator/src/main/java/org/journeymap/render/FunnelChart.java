package org.journeymap.render;

import java.util.List;

/**
 * The funnel as SVG: one bar per stage with a reach, as long as its share of the first stage,
 * labelled with the stage, the number and the share, and the drop-off from the stage before in
 * words, so nothing depends on colour. A title and a description say the same for screen readers.
 */
public final class FunnelChart {

    private static final int WIDTH = 720;
    private static final int ROW = 46;
    private static final int LABEL = 200;

    private FunnelChart() {
    }

    public static String svg(String id, String title, List<Views.FunnelStage> stages, String dropWord) {
        int height = stages.size() * ROW + 10;
        StringBuilder desc = new StringBuilder();
        for (Views.FunnelStage s : stages) {
            desc.append(s.name()).append(": ").append(s.reach()).append(" (").append(s.share())
                    .append(s.drop().isEmpty() ? "" : ", " + dropWord + " " + s.drop()).append("). ");
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"jm-funnel\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" font-family=\"DejaVu Sans, Verdana, sans-serif\" fill=\"#1f2633\">")
                .append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(desc.toString().trim()))
                .append("</desc>");
        // each kind of shape in one group that gives its paint once: stage names, drop-offs, bars, figures;
        // the attributes are the light scheme's colours, and the theme's classes repaint them in the dark
        StringBuilder names = new StringBuilder("<g font-size=\"13\" font-weight=\"bold\" class=\"jm-funnel-names\">");
        StringBuilder drops = new StringBuilder("<g font-size=\"11\" fill=\"#5b6472\" class=\"jm-funnel-drops\">");
        StringBuilder bars = new StringBuilder("<g fill=\"#2459c8\" class=\"jm-funnel-bars\">");
        StringBuilder figures = new StringBuilder("<g font-size=\"12\">");
        int y = 4;
        for (Views.FunnelStage s : stages) {
            double share = Math.max(0, Math.min(1, s.fraction()));
            double bar = Math.max(2, share * (WIDTH - LABEL - 10));
            names.append("<text x=\"0\" y=\"").append(y + 17).append("\">").append(Xml.escape(s.name())).append("</text>");
            if (!s.drop().isEmpty()) {
                drops.append("<text x=\"0\" y=\"").append(y + 34).append("\">").append(Xml.escape(dropWord + " " + s.drop()))
                        .append("</text>");
            }
            bars.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(Xml.num(bar)).append("\" height=\"30\" rx=\"4\"/>");
            figures.append("<text x=\"").append(Xml.num(LABEL + Math.min(bar, WIDTH - LABEL - 150) + 8)).append("\" y=\"")
                    .append(y + 24).append('"').append(bar > WIDTH - LABEL - 160 ? " fill=\"#ffffff\" class=\"jm-funnel-inside\"" : "").append('>')
                    .append(Xml.escape(s.reach() + " · " + s.share())).append("</text>");
            y += ROW;
        }
        svg.append(names).append("</g>").append(drops).append("</g>").append(bars).append("</g>").append(figures).append("</g>");
        return svg.append("</svg>").toString();
    }
}
