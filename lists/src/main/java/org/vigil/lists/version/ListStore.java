package org.vigil.lists.version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.SourceIds;

/**
 * Keeps every loaded version of every list on disk and which one is active per source.
 *
 * <p>Layout under the root directory: {@code <source>/versions/<version-id>/files/*} (the publication's files,
 * byte for byte), {@code <source>/versions/<version-id>/version.json} (metadata), {@code <source>/ACTIVE} (the active
 * version id) and {@code <source>/history.jsonl} (every load, refusal and failure). A new version becomes active only
 * after its files and metadata are on disk, by atomically replacing {@code ACTIVE}; a crash at any point leaves the
 * previous version active. Loads are serialised across processes by a file lock.
 *
 * <p>A load is refused, keeping the previous version active, if the files do not parse (truncated, malformed, wrong
 * encoding, too large), hold no records, shrink the list by more than {@link ImportRequest#maxShrink()} or carry an
 * older publication date than the active version (unless forced).
 */
public final class ListStore {
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path root;
    private final Clock clock;
    private final Function<ListFormat, ListParser> parsers;

    public ListStore(Path root, Clock clock, Function<ListFormat, ListParser> parsers) {
        this.root = Objects.requireNonNull(root, "root");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parsers = Objects.requireNonNull(parsers, "parsers");
    }

    public Path root() {
        return root;
    }

    /** Sources with at least one stored version, sorted. */
    public List<String> sources() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isDirectory(p.resolve("versions")))
                    .map(p -> p.getFileName().toString())
                    .filter(SourceIds::isValid)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All stored versions of a source, oldest first (by publication date, then load time). */
    public List<VersionInfo> versions(String source) {
        return storedVersions(source).stream().map(StoreFiles.StoredVersion::info).toList();
    }

    /** Why a stored version was refused activation when it was loaded, if it was. */
    public Optional<String> rejection(String versionId) {
        String source = sourceOf(versionId);
        return storedVersions(source).stream().filter(v -> v.info().id().equals(versionId)).findFirst()
                .flatMap(StoreFiles.StoredVersion::rejected);
    }

    private List<StoreFiles.StoredVersion> storedVersions(String source) {
        Path dir = root.resolve(SourceIds.require(source)).resolve("versions");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<StoreFiles.StoredVersion> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                Path meta = p.resolve("version.json");
                if (Files.exists(meta)) {
                    out.add(StoreFiles.readVersionJson(meta));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing((StoreFiles.StoredVersion v) -> v.info().effectiveDate())
                .thenComparing(v -> v.info().loadedAt()));
        return out;
    }

    public Optional<VersionInfo> active(String source) {
        Path activeFile = root.resolve(SourceIds.require(source)).resolve("ACTIVE");
        try {
            if (!Files.exists(activeFile)) {
                return Optional.empty();
            }
            String id = Files.readString(activeFile, StandardCharsets.UTF_8).strip();
            Path meta = versionDir(id).resolve("version.json");
            if (!Files.exists(meta)) {
                throw new IllegalStateException(activeFile + " names version " + id + ", which is not in the store");
            }
            return Optional.of(StoreFiles.readVersionJson(meta).info());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Active versions of every source. */
    public List<VersionInfo> activeVersions() {
        List<VersionInfo> out = new ArrayList<>();
        for (String s : sources()) {
            active(s).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Finds a stored version by reference: a full id ({@code un-sc@2026-02-27-66b392a4}), a source alone or
     * {@code source@active} (its active version), {@code source@previous} (the version before the active one),
     * {@code source@YYYY-MM-DD} (the version of that date) or {@code source@<hash prefix>}.
     */
    public Optional<VersionInfo> find(String ref) {
        String r = ref.strip();
        int at = r.indexOf('@');
        String source = at < 0 ? r : r.substring(0, at);
        if (!SourceIds.isValid(source)) {
            return Optional.empty();
        }
        String sel = at < 0 ? "active" : r.substring(at + 1).toLowerCase(Locale.ROOT);
        List<VersionInfo> all = versions(source);
        Optional<VersionInfo> active = active(source);
        return switch (sel) {
            case "active", "latest", "current" -> active;
            case "previous" -> active.flatMap(a -> {
                int i = indexOf(all, a.id());
                return i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
            });
            default -> {
                List<VersionInfo> hits = all.stream().filter(v -> v.id().equals(r)
                        || v.id().substring(v.id().indexOf('@') + 1).startsWith(sel)
                        || v.sha256().startsWith(sel)).toList();
                if (hits.size() > 1) {
                    throw new IllegalArgumentException("'" + ref + "' matches " + hits.size() + " versions: "
                            + hits.stream().map(VersionInfo::id).toList() + "; give more of the id");
                }
                yield hits.stream().findFirst();
            }
        };
    }

    private static int indexOf(List<VersionInfo> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The stored files of a version, byte for byte as they were loaded. */
    public List<Path> files(VersionInfo v) {
        Path dir = versionDir(v.id()).resolve("files");
        return v.files().stream().map(dir::resolve).toList();
    }

    /** Parses a stored version into an index-ready {@link ListVersion}. */
    public ListVersion load(VersionInfo v) throws IOException, ListFormatException {
        ParsedList parsed = parsers.apply(v.format()).parse(ListInput.of(files(v)), v.source());
        return ListVersion.build(v, parsed.entities(), parsed.warnings());
    }

    /** The load history of a source, oldest first. */
    public List<HistoryEvent> history(String source) {
        try {
            return StoreFiles.readHistory(root.resolve(SourceIds.require(source)).resolve("history.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a publication: copies the files into the store, parses them, checks them against the active version and,
     * if every check passes, makes the new version active. Never leaves the store half-changed.
     */
    public ImportResult importFiles(ImportRequest req) throws IOException {
        return locked(() -> importLocked(req));
    }

    /** A store operation that may throw an {@link IOException}. */
    @FunctionalInterface
    private interface StoreAction<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code action} holding the store's lock: a JVM-wide lock per store directory (file locks are held per
     * process, so threads must queue first), then an exclusive file lock against other processes.
     */
    private <T> T locked(StoreAction<T> action) throws IOException {
        Files.createDirectories(root);
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(root.toAbsolutePath().normalize(), k -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lockChannel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockChannel.lock()) {
            return action.run();
        } finally {
            jvmLock.unlock();
        }
    }

    private ImportResult importLocked(ImportRequest req) throws IOException {
        String source = req.source();
        Path sourceDir = root.resolve(source);
        Files.createDirectories(sourceDir.resolve("versions"));
        Optional<VersionInfo> previous = active(source);
        Instant now = clock.instant();
        deleteStaleStaging(sourceDir);
        Path staging = sourceDir.resolve(".staging-" + UUID.randomUUID());
        try {
            List<Path> staged;
            try {
                staged = stage(req, staging.resolve("files"));
            } catch (ListFormatException e) {
                return fail(source, previous, e.getMessage(), now);
            }
            String sha = StoreFiles.sha256(staged);
            if (previous.isPresent() && previous.get().sha256().equals(sha) && previous.get().format() == req.format()) {
                String msg = "unchanged: identical to the active version " + previous.get().id();
                record(new HistoryEvent(now, source, HistoryEvent.Kind.UNCHANGED, previous.get().id(), msg));
                return new ImportResult(ImportResult.Outcome.UNCHANGED, previous, previous, msg, List.of());
            }
            // content loaded before (refused, or rolled back from) keeps its first load time and origin, hence its id
            Optional<VersionInfo> before = storedVersions(source).stream().map(StoreFiles.StoredVersion::info)
                    .filter(v -> v.sha256().equals(sha) && v.format() == req.format()).findFirst();
            ListVersion version;
            try {
                version = ListFiles.parse(parsers.apply(req.format()), req.format(), source,
                        new ListInput(staged, req.maxBytesPerFile()),
                        before.map(VersionInfo::origin).orElse(req.origin()),
                        before.map(VersionInfo::loadedAt).orElse(now), sha);
            } catch (ListFormatException e) {
                return fail(source, previous, originalNames(e.getMessage(), staged, req), now);
            }
            VersionInfo info = version.info();
            List<String> warnings = new ArrayList<>();
            for (String w : version.warnings()) {
                warnings.add(originalNames(w, staged, req));
            }
            Optional<String> refusal = req.force() ? Optional.empty() : check(info, previous, req.maxShrink());
            Path dir = versionDir(info.id());
            if (!Files.exists(dir.resolve("version.json"))) {
                deleteTree(dir); // debris of a crash between creating the directory and writing its metadata
                Files.createDirectories(dir);
                Files.move(staging.resolve("files"), dir.resolve("files"), StandardCopyOption.ATOMIC_MOVE);
                StoreFiles.syncDirectory(dir);
            }
            // written last: a version directory without version.json is ignored by every reader
            StoreFiles.atomicWrite(dir.resolve("version.json"), StoreFiles.versionJson(info, refusal.orElse(null)));
            if (refusal.isPresent()) {
                String msg = "refused " + info.id() + ": " + refusal.get() + "; " + previous.map(p -> p.id()
                        + " stays active").orElse("no version is active") + " (load again with --force to accept it)";
                record(new HistoryEvent(now, source, HistoryEvent.Kind.REJECTED, info.id(), msg));
                return new ImportResult(ImportResult.Outcome.REJECTED, Optional.of(info), previous, msg, warnings);
            }
            StoreFiles.atomicWrite(sourceDir.resolve("ACTIVE"), (info.id() + "\n").getBytes(StandardCharsets.UTF_8));
            String msg = "activated " + info.id() + ": " + info.counts()
                    + previous.map(p -> " (was " + p.id() + ": " + p.counts().entities() + " records)").orElse("");
            record(new HistoryEvent(now, source, HistoryEvent.Kind.ACTIVATED, info.id(), msg));
            return new ImportResult(ImportResult.Outcome.ACTIVATED, Optional.of(info), previous, msg, warnings);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Removes staging directories left by a load that was killed (a crash, SIGKILL, power loss) before it could clean
     * up: a copy of the input files each. Safe under the store lock, which every load holds while it stages.
     */
    private static void deleteStaleStaging(Path sourceDir) throws IOException {
        try (Stream<Path> s = Files.list(sourceDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
                deleteTree(p);
            }
        }
    }

    /** Makes a stored version active again (a rollback, or accepting a refused version after review). */
    public VersionInfo activate(String versionId) throws IOException {
        String source = sourceOf(versionId);
        Path meta = versionDir(versionId).resolve("version.json");
        return locked(() -> {
            if (!Files.exists(meta)) {
                throw new IllegalArgumentException("no stored version " + versionId);
            }
            StoreFiles.StoredVersion stored = StoreFiles.readVersionJson(meta);
            VersionInfo info = stored.info();
            Optional<VersionInfo> previous = active(source);
            if (stored.rejected().isPresent()) {
                StoreFiles.atomicWrite(meta, StoreFiles.versionJson(info, null));
            }
            StoreFiles.atomicWrite(root.resolve(source).resolve("ACTIVE"),
                    (info.id() + "\n").getBytes(StandardCharsets.UTF_8));
            record(new HistoryEvent(clock.instant(), source, HistoryEvent.Kind.ROLLED_BACK, info.id(),
                    "activated by hand" + previous.map(p -> " (was " + p.id() + ")").orElse("")));
            return info;
        });
    }

    /** Every safety check the new version fails against the active one, joined; empty if it may be activated. */
    private Optional<String> check(VersionInfo next, Optional<VersionInfo> previous, double maxShrink) {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        VersionInfo prev = previous.get();
        List<String> reasons = new ArrayList<>();
        int before = prev.counts().entities();
        int after = next.counts().entities();
        if (before > 0 && after < before * (1 - maxShrink)) {
            reasons.add(String.format(Locale.ROOT,
                    "the list would shrink from %d to %d records (-%.1f%%), more than the allowed %.0f%%; a partial or "
                            + "truncated file is the usual cause", before, after, 100.0 * (before - after) / before,
                    100 * maxShrink));
        }
        if (next.published().isPresent() && prev.published().isPresent()
                && next.published().get().isBefore(prev.published().get())) {
            reasons.add("its publication date " + next.published().get() + " is older than the active "
                    + "version's " + prev.published().get() + " (a stale mirror or an old file?)");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; and ", reasons));
    }

    private List<Path> stage(ImportRequest req, Path dir) throws IOException, ListFormatException {
        Files.createDirectories(dir);
        List<Path> inputs = ListInput.of(req.files()).expandedFiles();
        if (inputs.isEmpty()) {
            throw new ListFormatException(req.files().get(0).toString(), "no files found");
        }
        Set<String> names = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isRegularFile(in)) {
                throw new ListFormatException(in.toString(), "file not found");
            }
            String name = in.getFileName().toString();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new ListFormatException(in.toString(), "two input files are both called " + name);
            }
            long size = Files.size(in);
            if (size > req.maxBytesPerFile()) {
                throw new ListFormatException(in.toString(), "file is " + size + " bytes, over the limit of "
                        + req.maxBytesPerFile() + " bytes");
            }
            Path target = dir.resolve(name);
            Files.copy(in, target);
            out.add(target);
        }
        return ListFiles.byName(out);
    }

    /** Error messages name the user's file, not the store's staging copy of it. */
    private static String originalNames(String message, List<Path> staged, ImportRequest req) throws IOException {
        String m = message;
        for (Path original : ListInput.of(req.files()).expandedFiles()) {
            for (Path s : staged) {
                if (s.getFileName().equals(original.getFileName())) {
                    m = m.replace(s.toString(), original.toString());
                }
            }
        }
        return m;
    }

    private ImportResult fail(String source, Optional<VersionInfo> previous, String reason, Instant now)
            throws IOException {
        String msg = "failed: " + reason + "; " + previous.map(p -> p.id() + " stays active")
                .orElse("no version is active");
        record(new HistoryEvent(now, source, HistoryEvent.Kind.FAILED, "", msg));
        return new ImportResult(ImportResult.Outcome.FAILED, Optional.empty(), previous, msg, List.of());
    }

    private void record(HistoryEvent e) throws IOException {
        StoreFiles.appendLine(root.resolve(e.source()).resolve("history.jsonl"), StoreFiles.historyLine(e));
    }

    private Path versionDir(String versionId) {
        String source = sourceOf(versionId);
        String name = versionId.substring(source.length() + 1);
        if (!name.matches("[0-9A-Za-z._-]+")) {
            throw new IllegalArgumentException("invalid version id " + versionId);
        }
        return root.resolve(source).resolve("versions").resolve(name);
    }

    private static String sourceOf(String versionId) {
        int at = versionId.indexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("invalid version id '" + versionId + "': expected SOURCE@...");
        }
        return SourceIds.require(versionId.substring(0, at));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
