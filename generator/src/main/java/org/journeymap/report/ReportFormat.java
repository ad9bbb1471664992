package org.journeymap.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeymap.finding.Finding;
import org.journeymap.load.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * How findings are printed: like a compiler (text), as GitHub Actions workflow commands
 * (github), or as a JSON array (json). Paths are printed relative to a base folder, normally the
 * current one. Every value from the input is stripped of control characters first, so a finding
 * can never inject a line or a workflow command into a CI log.
 */
public enum ReportFormat {
    TEXT, GITHUB, JSON;

    public static ReportFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public void print(List<Finding> findings, Path base, PrintWriter out) {
        switch (this) {
            case TEXT -> findings.forEach(f -> out.println(text(f, base)));
            case GITHUB -> findings.forEach(f -> out.println(github(f, base)));
            case JSON -> json(findings, base, out);
            default -> throw new IllegalStateException("this is a bug: no printer for " + this);
        }
        out.flush();
    }

    /** {@code path:line:column: severity: message [rule-id]} */
    public static String text(Finding f, Path base) {
        return path(f, base) + ":" + f.at().line() + ":" + f.at().column() + ": " + f.severity().word() + ": "
                + clean(f.message()) + " [" + f.rule().id() + "]";
    }

    /** {@code ::error file=PATH,line=N,col=N,title=RULE::message}, escaped as GitHub requires. */
    public static String github(Finding f, Path base) {
        return "::" + f.severity().word() + " file=" + property(path(f, base)) + ",line=" + f.at().line() + ",col="
                + f.at().column() + ",title=" + property(f.rule().id()) + "::" + data(clean(f.message()));
    }

    private static void json(List<Finding> findings, Path base, PrintWriter out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartArray();
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringProperty("file", path(f, base));
                g.writeNumberProperty("line", f.at().line());
                g.writeNumberProperty("column", f.at().column());
                g.writeStringProperty("severity", f.severity().word());
                g.writeStringProperty("rule", f.rule().id());
                g.writeStringProperty("message", clean(f.message()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }

    /** "3 errors, 1 warning in 12 files" */
    public static String summary(long errors, long warnings, int files) {
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files, "file");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String path(Finding f, Path base) {
        Path file = f.at().file().toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        String shown = file.startsWith(from) || file.getRoot().equals(from.getRoot())
                ? from.relativize(file).toString() : file.toString();
        return clean(shown.isEmpty() ? "." : shown.replace('\\', '/'));
    }

    private static String clean(String s) {
        return Text.sanitize(s);
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
