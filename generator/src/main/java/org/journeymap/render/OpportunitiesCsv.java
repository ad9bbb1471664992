package org.journeymap.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Pain points and opportunities as CSV for spreadsheets: RFC 4180 (CRLF, quotes doubled), UTF-8
 * with a byte-order mark so that Excel reads Polish and Cyrillic, and cells that a spreadsheet
 * would take for a formula (starting with = + - @ tab or carriage return) prefixed with an apostrophe.
 */
public final class OpportunitiesCsv {

    private OpportunitiesCsv() {
    }

    /**
     * Streams the CSV into out (left open): at thousands of journeys it runs to tens of megabytes,
     * which as one string took three times that in memory.
     *
     * @param linkBase put before each step's link: the site's address, or "" when it is not known
     */
    public static void write(List<Views.ItemRow> items, String header, String linkBase, Writer out) throws IOException {
        out.write("\uFEFF");
        out.write(header);
        out.write("\r\n");
        for (Views.ItemRow r : items) {
            line(out, r.kind(), r.text(), r.at().journey(), r.stage(), r.at().step(), linkBase + r.at().url(),
                    r.at().emotion(), r.momentOfTruth() ? "yes" : "", r.impact().toLowerCase(), r.effort().toLowerCase(),
                    r.status().toLowerCase().replace('_', '-'), r.owner(), r.link());
        }
    }

    /** One line of cells, each made safe for a spreadsheet, ended with CRLF. */
    static void line(Writer csv, String... cells) throws IOException {
        StringBuilder b = new StringBuilder(128);
        line(b, cells);
        csv.write(b.toString());
    }

    /** The same line appended to b, for a writer of many lines that hands them on in blocks. */
    static void line(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            cell(b, cells[i]);
        }
        b.append("\r\n");
    }

    static String cell(String value) {
        StringBuilder b = new StringBuilder();
        cell(b, value);
        return b.toString();
    }

    private static void cell(StringBuilder b, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean formula = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            b.append('"');
        }
        if (formula) {
            b.append('\'');
        }
        if (quote) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                b.append(c);
                if (c == '"') {
                    b.append('"');
                }
            }
            b.append('"');
        } else {
            b.append(value);
        }
    }

    /** A number as the CSV writes one (a negative value starts with a minus and stays a number). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9.]+");
}
