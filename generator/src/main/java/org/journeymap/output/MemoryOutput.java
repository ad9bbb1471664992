package org.journeymap.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Keeps a rendered site in memory, sorted by path: for tests and for the live preview. */
public final class MemoryOutput implements SiteOutput {

    private final Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());

    @Override
    public void write(String path, byte[] content) {
        files.put(SiteOutput.checkedPath(path), content.clone());
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        write(path, Files.readAllBytes(source));
    }

    public Map<String, byte[]> files() {
        synchronized (files) {
            return Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    public String text(String path) {
        byte[] content = files.get(path);
        return content == null ? null : new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }
}
