package org.journeymap.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.journeymap.Listener;
import org.journeymap.bind.ModelBinder;
import org.journeymap.diff.DiffLines;
import org.journeymap.diff.JourneyDiffer;
import org.journeymap.finding.Findings;
import org.journeymap.interchange.SiteJson;
import org.journeymap.load.Limits;
import org.journeymap.model.Journey;
import org.journeymap.model.Project;
import org.journeymap.parallel.Parallel;

/**
 * Reads each journey's history from git with JGit (format v1, section 10): the first-parent
 * history of the branch checked out, newest first, up to a number of commits. Each commit is
 * compared with its first parent: the journey files it added, deleted, changed or renamed (git's
 * rename detection), each version bound as a journey and compared as the pull-request diff
 * compares them. A commit whose change leaves the journey's model as it was (whitespace,
 * comments, the order of keys) is left out. Journeys are followed back through renames and moves
 * between group folders, and through a deletion and restoration.
 *
 * <p>What a commit did depends only on the commit, its parent and the words of the site, so it
 * is kept in the build cache by commit id. The history is read at HEAD: edits not committed are
 * not history.
 */
public final class GitHistory {

    /** The build cache's kind of entry for a commit's record. */
    public static final String CACHE_KIND = "history";

    /** The build cache's kind of entry for a whole history, as read at one commit. */
    public static final String WHOLE_KIND = "histories";

    /**
     * Where what was read is kept and found again, by kind ({@link #CACHE_KIND}, {@link
     * #WHOLE_KIND}) and key; {@link #NONE} keeps nothing.
     */
    public interface Store {
        Store NONE = new Store() {
        };

        default Optional<byte[]> read(String kind, String key) {
            return Optional.empty();
        }

        default void write(String kind, String key, byte[] bytes) {
        }

        /** A store in memory, for a long-running process such as the live preview. */
        static Store inMemory() {
            Map<String, byte[]> kept = new java.util.concurrent.ConcurrentHashMap<>();
            return new Store() {
                @Override
                public Optional<byte[]> read(String kind, String key) {
                    return Optional.ofNullable(kept.get(kind + "/" + key));
                }

                @Override
                public void write(String kind, String key, byte[] bytes) {
                    kept.put(kind + "/" + key, bytes);
                }
            };
        }
    }

    private GitHistory() {
    }

    /**
     * The history of the project's journeys, or empty (with one line to listener saying why) when
     * the source folder is in no git work tree, the branch has no commit, history is turned off
     * (limit 0) or the git data cannot be read. Never fails.
     */
    public static Optional<History> read(Project project, int limit, Store store, Listener listener) {
        if (limit <= 0) {
            listener.phase("no history pages: history.commits is 0 in site.yaml");
            return Optional.empty();
        }
        Path root = project.sourceRoot().toAbsolutePath().normalize();
        // the whole history as read at this commit before: one entry, and git is not opened
        String state = GitState.of(root);
        String whole = org.journeymap.cache.BuildCache.key("journeymap history 1\n" + root + "\n" + state + "\n"
                + limit + "\n" + Reader.context(project));
        Optional<History> before = state.equals("no git") ? Optional.empty()
                : store.read(WHOLE_KIND, whole).flatMap(HistoryRecords::readHistory);
        if (before.isPresent()) {
            listener.phase(said(before.get()));
            return before;
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            listener.phase("no history pages: the source folder is not in a git work tree");
            return Optional.empty();
        }
        try (Repository repo = builder.build()) {
            if (repo.isBare()) {
                listener.phase("no history pages: the git repository has no work tree");
                return Optional.empty();
            }
            Path work = repo.getWorkTree().toPath().toAbsolutePath().normalize().toRealPath();
            Path real = root.toRealPath();
            if (!real.startsWith(work)) {
                listener.phase("no history pages: the source folder is outside the git work tree");
                return Optional.empty();
            }
            String prefix = org.journeymap.load.SourceFolder.relativeName(work, real);
            String journeys = (prefix.isEmpty() ? "" : prefix + "/") + "journeys/";
            ObjectId head = repo.resolve("HEAD^{commit}");
            if (head == null) {
                listener.phase("no history pages: the git branch has no commit yet");
                return Optional.empty();
            }
            History h = new Reader(repo, project, work, journeys, store).read(head, limit);
            if (!state.equals("no git")) {
                store.write(WHOLE_KIND, whole, HistoryRecords.write(h));
            }
            listener.phase(said(h));
            return Optional.of(h);
        } catch (IOException | RuntimeException e) {
            // unreadable git data (a broken pack, a missing object) is no reason to fail a build
            listener.phase("no history pages: the git data cannot be read (" + oneLine(e) + ")");
            return Optional.empty();
        }
    }

    /** The line that says what was read. */
    private static String said(History h) {
        return "history: " + h.commits() + (h.commits() == 1 ? " commit" : " commits") + " read"
                + switch (h.incomplete()) {
                    case SHALLOW -> " (a shallow clone: older history is missing)";
                    case LIMIT -> " (the limit of history.commits)";
                    case NONE -> "";
                };
    }

    private static String oneLine(Exception e) {
        return Commit.clean(e.getClass().getSimpleName() + ": " + e.getMessage(), 200);
    }

    /** Whether a path under journeys/ is a journey file. */
    static boolean isJourney(String path, String journeys) {
        String lower = path.toLowerCase(Locale.ROOT);
        return path.startsWith(journeys) && (lower.endsWith(".yaml") || lower.endsWith(".yml"))
                && !path.substring(path.lastIndexOf('/') + 1).startsWith(".");
    }

    /** A journey file's id: its name without the extension. */
    static String idOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** A journey file's group: its folder under journeys/, "" at the top. */
    static String groupOf(String path, String journeys) {
        int slash = path.lastIndexOf('/');
        return slash < journeys.length() ? "" : path.substring(journeys.length(), slash);
    }

    /** git's id of a blob of these bytes: the SHA-1 of "blob", its length, a NUL and the bytes. */
    static String blobId(byte[] bytes) {
        try {
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\u0000").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this is a bug: every Java has SHA-1", e);
        }
    }

    private static final class Reader {
        private final Repository repo;
        private final Project project;
        private final String journeys;
        private final Store store;
        private final String context;
        private final ModelBinder binder = new ModelBinder();
        /**
         * Each version bound so far, by blob and path: a commit's new version is the next one's
         * old version, and most files of the first commit are as they are today.
         */
        private final Map<String, Optional<Journey>> bound = new java.util.concurrent.ConcurrentHashMap<>();
        /** The model of each version bound so far as data/site.json writes it, for comparing versions. */
        private final Map<String, byte[]> models = new java.util.concurrent.ConcurrentHashMap<>();

        Reader(Repository repo, Project project, Path work, String journeys, Store store) {
            this.repo = repo;
            this.project = project;
            this.journeys = journeys;
            this.store = store;
            this.context = journeys + "\n" + context(project);
            seed(work);
        }

        /**
         * The journeys of the project as bound from their files, by the blob those files are:
         * git's versions with the same bytes at the same path need no binding. Journeys with
         * measured values are left out, as the project holds them with those values merged.
         */
        private void seed(Path work) {
            Set<String> measured = new java.util.HashSet<>();
            project.measurements().forEach(m -> measured.add(m.journey()));
            List<Journey> seeds = project.journeys().stream().filter(j -> !measured.contains(j.id())).toList();
            try {
                Parallel.map(seeds, j -> {
                    Path file = j.at().file().toRealPath();
                    if (file.startsWith(work)) {
                        String path = org.journeymap.load.SourceFolder.relativeName(work, file);
                        bound.put(blobId(java.nio.file.Files.readAllBytes(file)) + "\u0000" + path, Optional.of(j));
                    }
                    return j;
                });
            } catch (IOException | RuntimeException e) {
                // those not seeded are bound from git
            }
        }

        History read(ObjectId head, int limit) throws IOException {
            Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
            List<RevCommit> commits = new ArrayList<>();
            List<ObjectId> parentTrees = new ArrayList<>();
            History.Incomplete incomplete = History.Incomplete.NONE;
            try (RevWalk walk = new RevWalk(repo)) {
                walk.setFirstParent(true);
                walk.markStart(walk.parseCommit(head));
                for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                    if (commits.size() == limit) {
                        incomplete = History.Incomplete.LIMIT;
                        break;
                    }
                    if (shallow.contains(c)) {
                        // its parent is not in this clone: what it changed cannot be told
                        incomplete = History.Incomplete.SHALLOW;
                        break;
                    }
                    commits.add(c);
                    parentTrees.add(c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0)).getTree().getId());
                }
            }
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < commits.size(); i++) {
                indexes.add(i);
            }
            // each commit's record from the store, or what it changed; then every change of every
            // commit not stored compared on all cores (one commit may change a thousand files)
            List<Found> found = Parallel.map(indexes, i -> {
                String key = key(commits.get(i), parentTrees.get(i));
                Optional<CommitRecord> kept = store.read(CACHE_KIND, key).flatMap(HistoryRecords::read);
                return new Found(key, kept.orElse(null),
                        kept.isPresent() ? List.of() : entries(commits.get(i), parentTrees.get(i)));
            });
            record Change(int commit, DiffEntry entry) {
            }
            List<Change> pending = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                for (DiffEntry e : found.get(i).entries()) {
                    pending.add(new Change(i, e));
                }
            }
            List<FileChange> compared = Parallel.map(pending, c -> {
                try (ObjectReader reader = repo.newObjectReader()) {
                    return change(c.entry(), reader);
                }
            });
            Map<Integer, List<FileChange>> byCommit = new HashMap<>();
            for (int k = 0; k < pending.size(); k++) {
                if (compared.get(k) != null) {
                    byCommit.computeIfAbsent(pending.get(k).commit(), x -> new ArrayList<>()).add(compared.get(k));
                }
            }
            List<CommitRecord> records = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                CommitRecord r = found.get(i).kept();
                if (r == null) {
                    r = new CommitRecord(commit(commits.get(i)), byCommit.getOrDefault(i, List.of()));
                    store.write(CACHE_KIND, found.get(i).key(), HistoryRecords.write(r));
                }
                records.add(r);
            }
            return assemble(head, records, incomplete);
        }

        /** A commit's record as the store kept it (null: none), or what the commit changed, to compare. */
        private record Found(String key, CommitRecord kept, List<DiffEntry> entries) {
        }

        /** The key of a commit's record: the commit, its first parent's tree and the words' context. */
        private String key(RevCommit c, ObjectId parentTree) {
            return org.journeymap.cache.BuildCache.key("journeymap history 1\n" + c.getId().name() + "\n"
                    + (parentTree == null ? "root" : parentTree.name()) + "\n" + context);
        }

        private static Commit commit(RevCommit c) {
            PersonIdent committer = c.getCommitterIdent();
            PersonIdent author = c.getAuthorIdent();
            ZoneOffset zone = committer.getZoneOffset();
            OffsetDateTime when = OffsetDateTime.ofInstant(Instant.ofEpochSecond(c.getCommitTime()), zone);
            return new Commit(c.getId().name(), c.getId().abbreviate(Commit.SHORT).name(), when,
                    Commit.clean(author.getName(), Commit.AUTHOR_LIMIT),
                    Commit.clean(c.getShortMessage(), Commit.SUBJECT_LIMIT));
        }

        /**
         * The files a commit added, deleted, changed or renamed under journeys/ against its first
         * parent's tree (null: none), with git's rename detection.
         */
        private List<DiffEntry> entries(RevCommit c, ObjectId parentTree) throws IOException {
            try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(repo, reader)) {
                tw.setRecursive(true);
                if (parentTree == null) {
                    tw.addTree(new EmptyTreeIterator());
                } else {
                    tw.addTree(new CanonicalTreeParser(null, reader, parentTree));
                }
                tw.addTree(new CanonicalTreeParser(null, reader, c.getTree().getId()));
                tw.setFilter(AndTreeFilter.create(PathFilter.create(journeys.substring(0, journeys.length() - 1)),
                        TreeFilter.ANY_DIFF));
                List<DiffEntry> entries = DiffEntry.scan(tw);
                RenameDetector renames = new RenameDetector(reader, repo.getConfig().get(
                        org.eclipse.jgit.diff.DiffConfig.KEY));
                renames.addAll(entries);
                try {
                    return renames.compute(reader, org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE);
                } catch (org.eclipse.jgit.api.errors.CanceledException e) {
                    throw new IOException("this is a bug: rename detection was cancelled", e);
                }
            }
        }

        private FileChange change(DiffEntry e, ObjectReader reader) throws IOException {
            boolean oldJourney = e.getChangeType() != DiffEntry.ChangeType.ADD && isJourney(e.getOldPath(), journeys)
                    && isFile(e.getOldMode());
            boolean newJourney = e.getChangeType() != DiffEntry.ChangeType.DELETE && isJourney(e.getNewPath(), journeys)
                    && isFile(e.getNewMode());
            if (!oldJourney && !newJourney) {
                return null;
            }
            if (!newJourney) {
                return new FileChange(FileChange.Type.DELETED, e.getOldPath(), null, List.of(), false, true, null);
            }
            String path = e.getNewPath();
            Optional<Journey> after = journey(reader, e.getNewId().toObjectId(), path);
            Version version = after.map(Version::of).orElse(null);
            if (!oldJourney || e.getChangeType() == DiffEntry.ChangeType.COPY) {
                return new FileChange(FileChange.Type.ADDED, null, path, List.of(), false, after.isPresent(), version);
            }
            FileChange.Type type = e.getOldPath().equals(path) ? FileChange.Type.MODIFIED : FileChange.Type.RENAMED;
            // the old version is bound with the new one's id and group: only its content is compared
            Optional<Journey> before = e.getOldId().equals(e.getNewId()) ? after
                    : journey(reader, e.getOldId().toObjectId(), path);
            if (before.isEmpty() || after.isEmpty()) {
                return new FileChange(type, e.getOldPath(), path, List.of(), false, false, version);
            }
            if (before == after) {
                return new FileChange(type, e.getOldPath(), path, List.of(), false, true, version);
            }
            List<DiffLines.Section> sections = DiffLines.of(project.site().language(),
                    JourneyDiffer.journey(before.get(), after.get(), project), project.site().emotionScale(),
                    DiffLines.Style.PLAIN);
            // nothing the diff has words for: whether the model changed at all (a description, a
            // thought) or only its writing (comments, whitespace, quoting, the order of keys)
            boolean details = sections.isEmpty() && !java.util.Arrays.equals(model(e.getOldId().toObjectId(), path,
                    before.get()), model(e.getNewId().toObjectId(), path, after.get()));
            return new FileChange(type, e.getOldPath(), path, sections, details, true, version);
        }

        private static boolean isFile(FileMode mode) {
            return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        }

        /** The journey a blob holds, bound as the file at path; empty when it cannot be read. */
        private Optional<Journey> journey(ObjectReader reader, ObjectId blob, String path) throws IOException {
            String key = blob.name() + "\u0000" + path;
            Optional<Journey> known = bound.get(key);
            if (known == null) {
                known = bind(reader, blob, path);
                bound.put(key, known);
            }
            return known;
        }

        /** The model of a version, as data/site.json writes it. */
        private byte[] model(ObjectId blob, String path, Journey j) {
            return models.computeIfAbsent(blob.name() + "\u0000" + path, k -> SiteJson.journey(j));
        }

        private Optional<Journey> bind(ObjectReader reader, ObjectId blob, String path) throws IOException {
            org.eclipse.jgit.lib.ObjectLoader loader;
            try {
                loader = reader.open(blob);
            } catch (MissingObjectException e) {
                return Optional.empty();
            }
            if (loader.getSize() > Limits.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = loader.getCachedBytes((int) Limits.MAX_FILE_BYTES + 1);
            Path file = project.sourceRoot().resolve(path.substring(journeys.length() - "journeys/".length()));
            return binder.journey(file, idOf(path), groupOf(path, journeys), bytes, new Findings());
        }

        /**
         * The journeys' entries from the commits' records, newest first. Going back in time, each
         * journey file of today is followed by its path: a rename moves it to the old path, an
         * addition ends it (until a deletion of a file of the same id, further back, which it
         * restored), a deletion of a journey ended so brings it back.
         */
        private History assemble(ObjectId head, List<CommitRecord> records, History.Incomplete incomplete)
                throws IOException {
            Map<String, String> tracked = new HashMap<>();
            try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
                tw.addTree(walk.parseCommit(head).getTree());
                tw.setRecursive(true);
                tw.setFilter(PathFilter.create(journeys.substring(0, journeys.length() - 1)));
                while (tw.next()) {
                    if (isJourney(tw.getPathString(), journeys)) {
                        tracked.put(tw.getPathString(), idOf(tw.getPathString()));
                    }
                }
            }
            Map<String, String> ended = new HashMap<>();
            Map<String, List<Entry>> byJourney = new LinkedHashMap<>();
            List<Entry> latest = new ArrayList<>();
            for (CommitRecord r : records) {
                for (FileChange f : r.changes()) {
                    Entry entry = null;
                    switch (f.type()) {
                        case ADDED -> {
                            String id = tracked.remove(f.newPath());
                            if (id != null) {
                                ended.put(idOf(f.newPath()), id);
                                entry = entry(r.commit(), id, Entry.Kind.ADDED, f);
                            }
                        }
                        case DELETED -> {
                            String id = ended.remove(idOf(f.oldPath()));
                            if (id != null) {
                                tracked.put(f.oldPath(), id);
                                entry = entry(r.commit(), id, Entry.Kind.DELETED, f);
                            }
                        }
                        case MODIFIED -> {
                            String id = tracked.get(f.newPath());
                            if (id != null && f.changesModel()) {
                                entry = entry(r.commit(), id, Entry.Kind.CHANGED, f);
                            }
                        }
                        case RENAMED -> {
                            String id = tracked.remove(f.newPath());
                            if (id != null) {
                                tracked.put(f.oldPath(), id);
                                entry = entry(r.commit(), id, Entry.Kind.CHANGED, f);
                            }
                        }
                    }
                    if (entry != null) {
                        byJourney.computeIfAbsent(entry.journey(), k -> new ArrayList<>()).add(entry);
                        latest.add(entry);
                    }
                }
            }
            // an addition with a deletion further back restored the journey
            Map<String, List<Entry>> restored = new LinkedHashMap<>();
            for (Map.Entry<String, List<Entry>> j : byJourney.entrySet()) {
                List<Entry> entries = new ArrayList<>(j.getValue());
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).kind() == Entry.Kind.ADDED && entries.subList(i + 1, entries.size()).stream()
                            .anyMatch(x -> x.kind() == Entry.Kind.DELETED)) {
                        Entry again = entries.get(i).as(Entry.Kind.RESTORED);
                        latest.set(latest.indexOf(entries.get(i)), again);
                        entries.set(i, again);
                    }
                }
                restored.put(j.getKey(), List.copyOf(entries));
            }
            return new History(head.name(), records.size(), incomplete, restored, latest);
        }

        private Entry entry(Commit c, String id, Entry.Kind kind, FileChange f) {
            String renamedFrom = null;
            String movedFrom = null;
            String movedTo = null;
            if (f.type() == FileChange.Type.RENAMED) {
                if (!idOf(f.oldPath()).equals(idOf(f.newPath()))) {
                    renamedFrom = idOf(f.oldPath());
                }
                if (!groupOf(f.oldPath(), journeys).equals(groupOf(f.newPath(), journeys))) {
                    movedFrom = groupOf(f.oldPath(), journeys);
                    movedTo = groupOf(f.newPath(), journeys);
                }
            }
            return new Entry(c, id, kind, renamedFrom, movedFrom, movedTo, f.sections(), f.details(), f.readable(),
                    f.version());
        }

        /**
         * What the words of a record depend on besides the commit: where the journeys are, the
         * site's language, emotion scale and metrics, and the personas' names.
         */
        static String context(Project project) {
            StringBuilder s = new StringBuilder(project.site().language()).append('\n');
            org.journeymap.model.EmotionScale scale = project.site().emotionScale();
            s.append(scale.min()).append("..").append(scale.max()).append(' ').append(new java.util.TreeMap<>(scale.labels()))
                    .append('\n');
            project.site().metrics().forEach(m -> s.append(m.id()).append(' ').append(m.name()).append(' ')
                    .append(m.unit()).append(' ').append(m.better()).append(' ').append(m.percent()).append(' ').append(m.rangeText()).append('\n'));
            project.personas().forEach(p -> s.append(p.id()).append('=').append(p.name()).append('\n'));
            return s.toString();
        }
    }
}
