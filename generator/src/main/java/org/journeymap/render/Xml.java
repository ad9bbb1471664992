package org.journeymap.render;

/** Escaping for text and attribute values that journeymap writes into SVG and XML itself. */
public final class Xml {

    private Xml() {
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate with at most one decimal, never NaN or infinite. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("this is a bug: coordinate " + v);
        }
        double bounded = Math.max(-1e6, Math.min(1e6, v));
        long tenths = Math.round(bounded * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }
}
