package org.journeymap.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The default theme from the classpath, with a project's own templates/ and static/ winning file
 * by file (as in Hugo). One Freemarker configuration, locked down: auto-escaping by file
 * extension (.ftlh HTML, .ftlx XML), no ?new, no ?api, errors rethrown.
 */
public final class Theme {

    static final String BASE = "/org/journeymap/theme";
    /** Output folder of the theme's static files. */
    public static final String STATIC_FOLDER = "theme";
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Configuration config;
    private final Path userStatic;

    /** Uses templates/ and static/ of the source folder when they exist. */
    public Theme(Path sourceRoot) throws IOException {
        Path userTemplates = sourceRoot == null ? null : sourceRoot.resolve("templates");
        this.userStatic = sourceRoot == null ? null : sourceRoot.resolve("static");
        config = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            loaders.add(new FileTemplateLoader(userTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BASE + "/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocalizedLookup(false);
        // templates never change during a run; without this each #include re-checks the jar or file every 5 s
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposeFields(false);
        config.setObjectWrapper(wrapper.build());
    }

    public Template template(String name) throws IOException {
        return config.getTemplate(name);
    }

    /** UI labels in one of the built-in languages, falling back to English for missing ones. */
    public Map<String, String> labels(String language) throws IOException {
        return builtInLabels(language);
    }

    /** The same, for code that words things without rendering a page (the pull-request diff). */
    public static Map<String, String> builtInLabels(String language) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>(load("en"));
        if (!"en".equals(language)) {
            labels.putAll(load(language));
        }
        return labels;
    }

    private static Map<String, String> load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Theme.class.getResourceAsStream(BASE + "/i18n/" + language + ".properties")) {
            if (in == null) {
                throw new IOException("this is a bug: the theme has no labels for " + language);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> labels.put(k, p.getProperty(k)));
        return labels;
    }

    /**
     * The theme's static files, then the project's static/ files on top: output path under
     * theme/ to content. Hidden files, links leaving static/ and unsafe names are skipped.
     */
    public Map<String, byte[]> staticFiles() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream list = Theme.class.getResourceAsStream(BASE + "/static.list")) {
            if (list == null) {
                throw new IOException("this is a bug: the theme has no static.list");
            }
            for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = Theme.class.getResourceAsStream(BASE + "/static/" + name.trim())) {
                    if (in == null) {
                        throw new IOException("this is a bug: static.list names a missing file " + name);
                    }
                    files.put(STATIC_FOLDER + "/" + name.trim(), in.readAllBytes());
                }
            }
        }
        if (userStatic != null && Files.isDirectory(userStatic)) {
            Path realRoot = userStatic.toRealPath();
            try (Stream<Path> walk = Files.walk(userStatic)) {
                for (Path p : walk.sorted().toList()) {
                    Path rel = userStatic.relativize(p);
                    if (!Files.isRegularFile(p) || !p.toRealPath().startsWith(realRoot)
                            || Files.isSymbolicLink(p) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                                    && !p.toRealPath().startsWith(realRoot)) {
                        continue;
                    }
                    boolean safe = true;
                    for (Path part : rel) {
                        safe &= SAFE_SEGMENT.matcher(part.toString()).matches();
                    }
                    if (safe) {
                        files.put(STATIC_FOLDER + "/" + rel.toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        }
        return files;
    }
}
