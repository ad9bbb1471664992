package org.journeymap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.journeymap.bind.ModelBinder;
import org.journeymap.load.TreeCache;
import org.journeymap.parallel.Parallel;
import org.journeymap.validate.CheckRecord;
import org.journeymap.validate.JourneyChecks;
import org.journeymap.cache.BuildCache;
import org.journeymap.diff.DiffMarkdown;
import org.journeymap.diff.DiffResult;
import org.journeymap.diff.GitSource;
import org.journeymap.diff.JourneyDiffer;
import org.journeymap.diff.ProjectDiff;
import org.journeymap.finding.Finding;
import org.journeymap.finding.Findings;
import org.journeymap.format.BaseUrl;
import org.journeymap.load.Text;
import org.journeymap.load.SourceDigest;
import org.journeymap.load.SourceFolder;
import org.journeymap.model.Project;
import org.journeymap.report.ReportFormat;
import org.journeymap.output.AtomicSiteWriter;
import org.journeymap.output.OutputFolderException;
import org.journeymap.output.SiteRecord;
import org.journeymap.output.UnitRecord;
import org.journeymap.render.UnitInputs;
import org.journeymap.measure.RowCache;
import org.journeymap.render.RenderException;
import org.journeymap.render.SiteRenderer;
import org.journeymap.validate.ProjectValidator;

/**
 * The one entry point that the command-line tool and the Maven plugin share. Immutable and
 * thread-safe; build it once and use it for any number of source folders.
 *
 * <pre>{@code
 * Validation v = Generator.builder().build().validate(Path.of("src/journeys"));
 * }</pre>
 */
public final class Generator {

    /** The override of site.yaml's baseUrl, as {@link BaseUrl} normalizes it, or null. */
    private final String baseUrl;
    private final Listener listener;
    private final boolean rebuild;
    /** The build cache's folder, or null to build without one. */
    private final Path cacheRoot;

    private Generator(Builder builder) {
        this.cacheRoot = builder.cacheRoot;
        this.baseUrl = builder.baseUrl == null ? null : BaseUrl.normalize(builder.baseUrl).orElseThrow();
        this.listener = builder.listener;
        this.rebuild = builder.rebuild;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and checks every file of a source folder; never throws for a problem in a file. */
    public Validation validate(Path sourceFolder) throws SourceFolderException {
        return validate(sourceFolder, null);
    }

    /**
     * The same, reading only the persona and journey files that changed since the cache saw them;
     * for processes that validate the same folder again and again, such as the live preview.
     */
    public Validation validate(Path sourceFolder, org.journeymap.bind.ReadCache cache) throws SourceFolderException {
        Path root = sourceFolder.toAbsolutePath().normalize();
        if (cache == null && cacheOutside(root) && Files.isDirectory(root)) {
            // with a build cache, the files that are as they were are neither read nor hashed again
            // (a cache inside the source folder is refused below, before anything is written to it)
            return validate(sourceFolder, null, digest(root, cache(root)));
        }
        return validate(sourceFolder, cache, null);
    }

    /** The same, with the SHA-256 of every source file when they were just digested (or null). */
    private Validation validate(Path sourceFolder, org.journeymap.bind.ReadCache cache, SourceDigest digest)
            throws SourceFolderException {
        Path root = sourceFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SourceFolderException(root, Files.exists(root)
                    ? "the source folder " + sourceFolder + " is not a folder"
                    : "the source folder " + sourceFolder + " does not exist", null);
        }
        if (cacheRoot != null && cacheRoot.startsWith(root)) {
            throw new SourceFolderException(root, "refusing to keep the build cache in " + cacheRoot
                    + ", inside the source folder; choose a folder outside it such as target/journeymap-cache", null);
        }
        long start = System.nanoTime();
        Findings findings = new Findings();
        try {
            SourceFolder folder = cache == null ? SourceFolder.scan(root, findings) : cache.list(root, findings);
            folder.personas().forEach(f -> listener.detail("reading " + f.path()));
            folder.journeys().forEach(f -> listener.detail("reading " + f.path()));
            BuildCache built = cache(root);
            Project project = new ModelBinder(!built.enabled() ? null : digest == null
                    ? new TreeCache(built)
                    : new TreeCache(built, root, digest.files()))
                    .withRows(!built.enabled() || digest == null ? null : new RowCache(built, root, digest.files()))
                    .reporting(listener, 0).bind(folder, findings, cache);
            if (cache == null) {
                // every file was read: the trees and rows of files that are gone or changed go
                built.prune("yaml");
                built.prune("rows");
            }
            project = withOptions(project);
            ProjectValidator.validate(project, findings, cache == null ? null : cache.checks());
            // the site shows each step's latest measured values with its own
            Validation v = new Validation(org.journeymap.measure.Measured.apply(project),
                    findings.settle(project.site().rules()), folder.fileCount());
            listener.phase("checked " + v.fileCount() + " files in " + millis(start) + ": " + summary(v));
            return v;
        } catch (IOException e) {
            throw new SourceFolderException(root, "cannot read the source folder " + sourceFolder + ": " + e, e);
        }
    }

    /**
     * Reads and checks every file of a source folder for its findings alone: the validation's
     * project is null. With a build cache, a journey whose file, site.yaml and the other files
     * that are not journeys or personas (the images its text shows) are as when it was last
     * checked is neither read nor bound: what its own file told comes from the cache, and only its
     * references to the other files are checked again. The findings are those of {@link
     * #validate(Path)}, always.
     */
    public Validation check(Path sourceFolder) throws SourceFolderException {
        Path root = sourceFolder.toAbsolutePath().normalize();
        BuildCache built = cacheOutside(root) && Files.isDirectory(root) ? cache(root) : BuildCache.NONE;
        SourceDigest digest = built.enabled() ? digest(root, built) : null;
        if (digest == null) {
            Validation v = validate(sourceFolder, null, null);
            return new Validation(null, v.findings(), v.fileCount());
        }
        long start = System.nanoTime();
        Findings findings = new Findings();
        try {
            SourceFolder folder = SourceFolder.scan(root, findings);
            String environment = environment(digest);
            Map<SourceFolder.SourceFile, JourneyChecks.Checked> before = new ConcurrentHashMap<>();
            Parallel.map(folder.journeys(), f -> {
                checkKey(root, f, digest, environment).flatMap(key -> built.read("checked", key))
                        .flatMap(bytes -> CheckRecord.read(bytes, f.path()))
                        .ifPresent(c -> before.put(f, c));
                return f;
            });
            TreeCache trees = new TreeCache(built, root, digest.files());
            before.keySet().forEach(f -> trees.keep(f.path()));
            Project project = withOptions(new ModelBinder(trees).withRows(new RowCache(built, root, digest.files()))
                    .reporting(listener, before.size())
                    .bind(folder, findings, null, f -> !before.containsKey(f)));
            Map<Path, SourceFolder.SourceFile> files = new java.util.HashMap<>();
            folder.journeys().forEach(f -> files.put(f.path(), f));
            Map<SourceFolder.SourceFile, JourneyChecks.Checked> checked = new ConcurrentHashMap<>(before);
            Parallel.map(project.journeys(), j -> {
                JourneyChecks.Checked c = ProjectValidator.checkJourney(project, j);
                SourceFolder.SourceFile f = files.get(j.at().file());
                if (f == null) {
                    throw new IllegalStateException("this is a bug: the journey " + j.id() + " has no file");
                }
                checked.put(f, c);
                checkKey(root, f, digest, environment).ifPresent(key -> CheckRecord.write(c, f.path())
                        .ifPresent(bytes -> built.write("checked", key, bytes)));
                return j;
            });
            // the facts in the order of the project's journeys: by id, then as the folder lists them
            List<JourneyChecks.Checked> all = folder.journeys().stream()
                    .map(checked::get).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing(c -> c.facts().id())).toList();
            all.forEach(c -> findings.addAll(c.findings()));
            ProjectValidator.validate(project, all.stream().map(c -> c.facts()).toList(), findings);
            if (before.size() < folder.journeys().size()) {
                // something was checked afresh: the records and trees of what it replaced go (the
                // entries of a journey deleted since the last check go with the next change or build)
                built.prune("checked");
                built.prune("yaml");
                built.prune("rows");
            }
            Validation v = new Validation(null, findings.settle(project.site().rules()), folder.fileCount());
            listener.phase("checked " + v.fileCount() + " files (" + before.size() + " journeys as before) in "
                    + millis(start) + ": " + summary(v));
            return v;
        } catch (IOException e) {
            throw new SourceFolderException(root, "cannot read the source folder " + sourceFolder + ": " + e, e);
        }
    }

    /** Whether there is a build cache and it lies outside the source folder (inside it is refused). */
    private boolean cacheOutside(Path root) {
        return cacheRoot != null && !cacheRoot.startsWith(root);
    }

    /** The project with the options given to this generator (a base URL) applied. */
    private Project withOptions(Project project) {
        return baseUrl == null ? project : project.withSite(project.site().withBaseUrl(baseUrl));
    }

    /** "1 error, 2 warnings", for the phase line that already says how many files. */
    private static String summary(Validation v) {
        return ReportFormat.summary(v.errorCount(), v.warningCount(), v.fileCount()).replaceAll(" in \\d+ files?$", "");
    }

    /**
     * What a journey's own checks read besides its file: site.yaml, every file that is neither a
     * journey nor a persona (images, and links among them), the tool and its options.
     */
    private static String environment(SourceDigest digest) {
        StringBuilder e = new StringBuilder("journey checks 1\n");
        digest.files().forEach((name, sha) -> {
            boolean ownFile = (name.startsWith("journeys/") || name.startsWith("personas/"))
                    && (name.endsWith(".yaml") || name.endsWith(".yml")) && !sha.equals("link");
            if (!ownFile && !name.equals("touchpoints.yaml")) {
                e.append(name).append(' ').append(sha).append('\n');
            }
        });
        return BuildCache.key(e.toString());
    }

    /** The cache key of a journey file's checks, or empty when its SHA-256 is not known. */
    private Optional<String> checkKey(Path root, SourceFolder.SourceFile f, SourceDigest digest, String environment) {
        String name = root.relativize(f.path()).toString().replace('\\', '/');
        String sha = digest.files().get(name);
        return sha == null || sha.equals("link") ? Optional.empty()
                : Optional.of(BuildCache.key("checked journey 1\n" + name + "\n" + sha + "\n" + environment
                + "\nbaseUrl " + baseUrl));
    }

    /**
     * What a build did: the validation, the number of files written (0 when errors stopped it),
     * and whether the site in the output folder was already up to date. An up-to-date build reads
     * no source file: its validation repeats the findings of the build that wrote the site and
     * has no project (null). history says in one line what became of the history from git (how
     * many commits were read, or why there are no history pages); null when it was not read.
     */
    public record Build(Validation validation, int filesWritten, boolean upToDate, String history) {

        public Build(Validation validation, int filesWritten, boolean upToDate) {
            this(validation, filesWritten, upToDate, null);
        }
    }

    /**
     * Validates, then renders the site into the output folder, replacing what journeymap wrote
     * there before in one swap. With an error finding nothing is written. The output folder may
     * not be, contain or lie inside the source folder, nor be or contain any protected folder.
     * With a build cache ({@link Builder#cacheFolder}): when the output folder holds, untouched,
     * the site that this journeymap wrote from the same files and options, nothing is read or
     * written (unless built with {@link Builder#rebuild}); curves drawn before are not drawn again.
     * The cache never changes the bytes of the site.
     */
    public Build build(Path sourceFolder, Path outputFolder, List<Path> protectedFolders)
            throws SourceFolderException, OutputFolderException, RenderException {
        long start = System.nanoTime();
        Path root = sourceFolder.toAbsolutePath().normalize();
        Path output = outputFolder.toAbsolutePath().normalize();
        BuildCache cache = cache(root);
        checkCachePlace(cache, root, output);
        String recordKey = BuildCache.key("site " + output);
        String unitsKey = BuildCache.key("units " + output);
        // the history pages change with a commit even when no file does
        SourceDigest digest = cache.enabled() && Files.isDirectory(root)
                ? digest(root, cache, org.journeymap.history.GitState.of(root)) : null;
        if (digest != null && !rebuild) {
            Optional<Build> same = upToDate(digest, root, output, protectedFolders,
                    cache.read("site", recordKey).flatMap(SiteRecord::parse));
            if (same.isPresent()) {
                listener.phase("the site in " + outputFolder + " is up to date with the " + same.get().validation()
                        .fileCount() + " source files (checked in " + millis(start) + "); nothing to write");
                return same.get();
            }
        }
        Validation validation = validate(sourceFolder, null, digest);
        if (validation.hasErrors()) {
            return new Build(validation, 0, false);
        }
        start = System.nanoTime();
        String[] historyLine = new String[1];
        org.journeymap.history.History history = history(validation.project(), cache, line -> {
            historyLine[0] = line;
            listener.phase(line);
        });
        // pages made from the same inputs as in the site this folder holds are taken from it
        UnitInputs inputs = digest == null ? null
                : new UnitInputs(validation.project(), digest.files(), ToolIdentity.current() + "\nbaseUrl " + baseUrl
                + "\nhistory " + (history != null)).withHistory(history);
        SiteRenderer.Previous previous = inputs == null || rebuild ? null : cache.read("units", unitsKey)
                .flatMap(UnitRecord::parse).map(u -> new SiteRenderer.Previous(output, u)).orElse(null);
        // the records of the site this folder held go first: a build that fails half-way leaves none
        cache.remove("site", recordKey);
        cache.remove("units", unitsKey);
        SiteRenderer.Result result;
        try (AtomicSiteWriter writer = AtomicSiteWriter.open(output, validation.project().sourceRoot(),
                protectedFolders)) {
            result = new SiteRenderer().reporting(listener).render(validation.project(), writer, new SiteRenderer.Options(true, cache,
                    SiteRenderer.Selection.ALL, inputs, previous, history));
            writer.commit();
            // while the old site is removed
            if (digest != null && digest.unchangedSince()) {
                // a file edited while the site was built leaves no record: the next build builds again
                try {
                    Map<String, SiteRecord.FileStamp> listing = SiteRecord.listing(output);
                    cache.write("site", recordKey, SiteRecord.of(digest.hex(), validation.fileCount(), listing,
                            validation.findings(), root).toBytes());
                    cache.write("units", unitsKey, UnitRecord.of(result.unitInputs(), result.unitFiles(),
                            result.unitAssets(), result.unitEntries(), listing).toBytes());
                } catch (IOException e) {
                    listener.detail("cannot list the site just written (" + e.getMessage() + "); the next build"
                            + " builds it again");
                }
            }
            cache.prune("png");
        } catch (IOException e) {
            throw new OutputFolderException(output, "cannot write the site to " + outputFolder + ": " + e, e);
        }
        listener.phase("wrote " + result.files() + " files to " + outputFolder + " in " + millis(start));
        return new Build(validation, result.files(), false, historyLine[0]);
    }

    /**
     * The journeys' history from git (format v1, section 10), each commit's record kept in the
     * build cache; null when there is none (no git work tree, no commit, history.commits 0, git
     * data that cannot be read), which one line to the listener explains.
     */
    private org.journeymap.history.History history(Project project, BuildCache cache,
                                                   java.util.function.Consumer<String> said) {
        boolean[] commitsRead = new boolean[1];
        org.journeymap.history.GitHistory.Store store = !cache.enabled() ? org.journeymap.history.GitHistory.Store.NONE
                : new org.journeymap.history.GitHistory.Store() {
                    @Override
                    public Optional<byte[]> read(String kind, String key) {
                        commitsRead[0] |= kind.equals(org.journeymap.history.GitHistory.CACHE_KIND);
                        return cache.read(kind, key);
                    }

                    @Override
                    public void write(String kind, String key, byte[] bytes) {
                        commitsRead[0] |= kind.equals(org.journeymap.history.GitHistory.CACHE_KIND);
                        cache.write(kind, key, bytes);
                    }
                };
        Listener telling = new Listener() {
            @Override
            public void phase(String line) {
                said.accept(line);
            }
        };
        org.journeymap.history.History h = org.journeymap.history.GitHistory.read(project,
                project.site().historyCommits(), store, telling).orElse(null);
        // the whole history of the last commit stays; the commits' records only when they were read
        // (a history taken whole from the cache read none, and they serve the next commit)
        cache.prune(org.journeymap.history.GitHistory.WHOLE_KIND);
        if (commitsRead[0]) {
            cache.prune(org.journeymap.history.GitHistory.CACHE_KIND);
        }
        return h;
    }

    /** The build cache of a source folder, or {@link BuildCache#NONE} without a cache folder. */
    private BuildCache cache(Path root) {
        return cacheRoot == null ? BuildCache.NONE : BuildCache.open(cacheRoot, root, ToolIdentity.current());
    }

    /**
     * The build cache may be neither in the source folder (its entries would change what the site
     * is made from) nor in or around the output folder (a build replaces that folder whole).
     */
    private static void checkCachePlace(BuildCache cache, Path source, Path output) throws OutputFolderException {
        if (!cache.enabled()) {
            return;
        }
        Path folder = cache.folder();
        if (folder.startsWith(source) || folder.startsWith(output) || output.startsWith(folder.getParent())) {
            throw new OutputFolderException(output, "refusing to keep the build cache in " + folder.getParent()
                    + ": it may lie neither in the source folder nor in or around the output folder; choose a"
                    + " folder of its own such as target/journeymap-cache", null);
        }
    }

    /**
     * The digest of everything the site is made from, taking the SHA-256 of the files that are as
     * they were from the cache and keeping them there for the next build; null when some file
     * cannot be read (then the site is built).
     */
    private SourceDigest digest(Path root, BuildCache cache) {
        return digest(root, cache, "");
    }

    /** The same, with more of what the site is made from (the git state) in the digest. */
    private SourceDigest digest(Path root, BuildCache cache, String more) {
        long now = java.time.Instant.now().toEpochMilli() * 1_000_000L;
        String key = BuildCache.key("digests");
        try {
            Optional<byte[]> before = cache.read("digests", key);
            SourceDigest digest = SourceDigest.of(root, ToolIdentity.current(), "baseUrl " + baseUrl + "\n" + more,
                    before.map(SourceDigest::remembered).orElse(Map.of()));
            byte[] after = digest.remember(now);
            if (before.isEmpty() || !java.util.Arrays.equals(before.get(), after)) {
                cache.write("digests", key, after);
            }
            return digest;
        } catch (IOException | java.io.UncheckedIOException e) {
            listener.detail("cannot tell whether the site is up to date (" + e.getMessage() + "); building it");
            return null;
        }
    }

    private static Optional<Build> upToDate(SourceDigest digest, Path root, Path output, List<Path> protectedFolders,
                                            Optional<SiteRecord> stored) {
        // the digest first: listing the site's files is the dearer check
        Optional<SiteRecord> record = stored.filter(r -> r.digest().equals(digest.hex()))
                .filter(r -> Files.isRegularFile(output.resolve(AtomicSiteWriter.MARKER)) && r.describes(output));
        Optional<List<Finding>> findings = record.flatMap(r -> r.findings(root));
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        try {
            AtomicSiteWriter.check(output, root, protectedFolders);
        } catch (OutputFolderException e) {
            return Optional.empty(); // the full build reports it, after the findings
        }
        return Optional.of(new Build(new Validation(null, findings.get(), record.get().sourceFiles()), 0, true));
    }

    /**
     * Compares two versions of a source folder and writes diff.md and index.html into the output
     * folder (replaced whole, like a site). The head's findings lead the report, with paths
     * relative to reportBase (the current folder, or the project's).
     */
    public DiffResult diff(Path baseFolder, Path headFolder, Path outputFolder, List<Path> protectedFolders,
                           Path reportBase)
            throws SourceFolderException, OutputFolderException, RenderException {
        long start = System.nanoTime();
        Validation base = validate(baseFolder);
        Validation head = validate(headFolder);
        ProjectDiff diff = JourneyDiffer.diff(base.project(), head.project());
        String markdown = DiffMarkdown.render(diff, head.project(), head.findings(), reportBase);
        Path output = outputFolder.toAbsolutePath().normalize();
        try (AtomicSiteWriter writer = AtomicSiteWriter.open(output, head.project().sourceRoot(), protectedFolders)) {
            writer.write("diff.md", markdown);
            new SiteRenderer().renderDiff(head.project(), diff, markdown, writer);
            writer.commit();
        } catch (IOException e) {
            throw new OutputFolderException(output, "cannot write the diff to " + outputFolder + ": " + e, e);
        }
        listener.phase("compared " + diff.changed().size() + " changed, " + diff.added().size() + " added and "
                + diff.removed().size() + " removed journeys in " + millis(start) + "; wrote " + outputFolder
                + "/diff.md");
        return new DiffResult(base, head, diff, markdown);
    }

    /** The same, with the base read from the git repository that holds the head folder, at ref. */
    public DiffResult diff(String baseRef, Path headFolder, Path outputFolder, List<Path> protectedFolders,
                           Path reportBase)
            throws SourceFolderException, OutputFolderException, RenderException {
        Path base;
        try {
            base = Files.createTempDirectory("journeymap-base-");
        } catch (IOException e) {
            throw new SourceFolderException(headFolder, "cannot create a temporary folder: " + e, e);
        }
        try {
            Path inside = base.resolve("src");
            GitSource.export(headFolder, baseRef, inside);
            return diff(inside, headFolder, outputFolder, protectedFolders, reportBase);
        } catch (IOException e) {
            throw new SourceFolderException(headFolder, "cannot read the base version at '" + baseRef + "': "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(base);
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            AtomicSiteWriter.deleteTree(root);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans its temp folder
        }
    }

    private static String millis(long start) {
        return (System.nanoTime() - start) / 1_000_000 + " ms";
    }

    /** Configures a {@link Generator}; checks its settings when built. */
    public static final class Builder {

        private String baseUrl;
        private Listener listener = Listener.SILENT;
        private boolean rebuild;
        private Path cacheRoot;

        private Builder() {
        }

        /**
         * Keeps the build cache in this folder (one sub-folder per source folder); null, the
         * default, builds without a cache.
         */
        public Builder cacheFolder(Path folder) {
            this.cacheRoot = folder == null ? null : folder.toAbsolutePath().normalize();
            return this;
        }

        /** Publishes at this http or https address instead of site.yaml's baseUrl. */
        public Builder baseUrl(String url) {
            this.baseUrl = url == null || url.isBlank() ? null : url.trim();
            return this;
        }

        /** Whether {@link Generator#build} renders every page even when the site is up to date. */
        public Builder rebuild(boolean always) {
            this.rebuild = always;
            return this;
        }

        public Builder listener(Listener l) {
            this.listener = l == null ? Listener.SILENT : l;
            return this;
        }

        /** @throws IllegalArgumentException when the base URL is not an http or https address */
        public Generator build() {
            Optional<String> problem = baseUrl == null ? Optional.empty() : BaseUrl.problem(baseUrl);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("the base URL '" + Text.forMessage(baseUrl) + "' " + problem.get());
            }
            return new Generator(this);
        }
    }
}
