package org.journeymap;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Who renders a site, for deciding whether a site written before is still what this journeymap
 * would write: the version, and the jars holding the code and the default theme by path, size
 * and time. Code loaded from class folders (a development build) has no such identity: it is
 * named afresh in every process, so no site written by another process counts as up to date.
 */
final class ToolIdentity {

    private static final String CURRENT = compute();

    private ToolIdentity() {
    }

    static String current() {
        return CURRENT;
    }

    private static String compute() {
        String version = Generator.class.getPackage().getImplementationVersion();
        StringBuilder s = new StringBuilder("journeymap ").append(version == null ? "(development build)" : version);
        URL code = Generator.class.getProtectionDomain().getCodeSource() == null ? null
                : Generator.class.getProtectionDomain().getCodeSource().getLocation();
        URL theme = Generator.class.getResource("/org/journeymap/theme/static.list");
        String process = null;
        for (URL u : new URL[] {code, theme}) {
            String jar = jarOf(u);
            if (jar == null) {
                process = process == null ? UUID.randomUUID().toString() : process;
                s.append("; this process ").append(process);
            } else {
                s.append("; ").append(jar);
            }
        }
        return s.toString();
    }

    /** "path size time" of the jar that u lies in, or null when it is not in a readable jar. */
    private static String jarOf(URL u) {
        if (u == null) {
            return null;
        }
        try {
            String spec = u.toString();
            if (spec.startsWith("jar:")) {
                int bang = spec.indexOf("!/");
                spec = spec.substring(4, bang < 0 ? spec.length() : bang);
            }
            if (!spec.startsWith("file:")) {
                return null;
            }
            Path file = Path.of(new URI(spec));
            if (!Files.isRegularFile(file)) {
                return null;
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return file + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
