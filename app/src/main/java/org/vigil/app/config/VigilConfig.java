package org.vigil.app.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.update.SourceConfig;
import org.vigil.lists.version.ImportRequest;

/**
 * Vigil's one configuration object. Read, in increasing priority, from built-in defaults, a properties file
 * ({@code --config FILE}, {@code $VIGIL_CONFIG}, or {@code ./vigil.properties} if present), environment variables
 * ({@code VIGIL_DATA_DIR}, {@code VIGIL_HOST}, {@code VIGIL_PORT}) and command-line flags. See
 * {@code docs/configuration.md} for every key.
 */
public record VigilConfig(Path dataDir, double maxShrink, long maxFileBytes, List<SourceConfig> sources, String host,
                          int port, Optional<Path> file, Database db) {

    /**
     * The screening database: {@code url} empty means the embedded H2 file under the data directory. The password is
     * never printed ({@link #toString()} and {@link VigilConfig#describe()} leave it out).
     */
    public record Database(Optional<String> url, Optional<String> user, Optional<String> password) {
        public static final Database EMBEDDED = new Database(Optional.empty(), Optional.empty(), Optional.empty());

        @Override
        public String toString() {
            return "Database[url=" + url.map(VigilConfig::redactJdbc).orElse("(embedded)") + ", user="
                    + user.orElse("-") + ", password=" + (password.isPresent() ? "***" : "-") + "]";
        }
    }

    private static final Set<String> TOP_KEYS = Set.of("data.dir", "lists.max-shrink", "lists.max-file-bytes",
            "server.host", "server.port", "db.url", "db.user", "db.password");
    private static final Set<String> SOURCE_KEYS = Set.of("format", "urls", "files", "timeout", "retries",
            "max-bytes", "enabled");

    public VigilConfig {
        if (!(maxShrink >= 0 && maxShrink <= 1)) {
            throw new ConfigException("lists.max-shrink must be between 0 and 1, got " + maxShrink);
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("server.port must be 0..65535, got " + port);
        }
        sources = List.copyOf(sources);
        if (db == null) {
            db = Database.EMBEDDED;
        }
    }

    /** The same configuration with the server address and the database given on a command line, where given. */
    public VigilConfig with(String hostFlag, Integer portFlag, String dbUrlFlag) {
        Database d = dbUrlFlag == null ? db : new Database(Optional.of(dbUrlFlag), db.user(), db.password());
        return new VigilConfig(dataDir, maxShrink, maxFileBytes, sources, hostFlag != null ? hostFlag : host,
                portFlag != null ? portFlag : port, file, d);
    }

    /** The JDBC URL to open: the configured one, else the embedded H2 file under the data directory. */
    public String jdbcUrl() {
        return db.url().orElseGet(() -> org.vigil.screening.db.Database.h2FileUrl(dataDir));
    }

    public Path listsDir() {
        return dataDir.resolve("lists");
    }

    public Optional<SourceConfig> source(String id) {
        return sources.stream().filter(s -> s.source().equals(id)).findFirst();
    }

    /** Reads the configuration; {@code explicitFile} and {@code dataDirFlag} come from command-line flags. */
    public static VigilConfig load(Optional<Path> explicitFile, Optional<Path> dataDirFlag, Map<String, String> env) {
        Optional<Path> file = explicitFile
                .or(() -> Optional.ofNullable(env.get("VIGIL_CONFIG")).filter(s -> !s.isBlank()).map(Path::of))
                .or(() -> Optional.of(Path.of("vigil.properties")).filter(Files::isRegularFile));
        Properties p = new Properties();
        if (file.isPresent()) {
            Path f = file.get();
            if (!Files.isRegularFile(f)) {
                throw new ConfigException("configuration file " + f + " not found");
            }
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException(f + ": unreadable configuration: " + e.getMessage());
            }
            checkKeys(p, f);
        }
        String where = file.map(Path::toString).orElse("defaults");
        Path dataDir = dataDirFlag
                .or(() -> Optional.ofNullable(env.get("VIGIL_DATA_DIR")).filter(s -> !s.isBlank()).map(Path::of))
                .orElse(Path.of(p.getProperty("data.dir", "data")));
        double maxShrink = parseDouble(p, "lists.max-shrink", ImportRequest.DEFAULT_MAX_SHRINK, where);
        long maxFileBytes = parseLong(p, "lists.max-file-bytes", ListInput.DEFAULT_MAX_BYTES, where);
        String host = Optional.ofNullable(env.get("VIGIL_HOST")).filter(s -> !s.isBlank())
                .orElse(p.getProperty("server.host", "127.0.0.1"));
        long port = Optional.ofNullable(env.get("VIGIL_PORT")).filter(s -> !s.isBlank())
                .map(s -> parseLong("VIGIL_PORT", s, "environment"))
                .orElseGet(() -> parseLong(p, "server.port", 8080, where));
        if (port < 0 || port > 65535) {
            throw new ConfigException("server port must be 0..65535, got " + port);
        }
        Database db = new Database(setting(env, "VIGIL_DB_URL", p, "db.url"), setting(env, "VIGIL_DB_USER", p, "db.user"),
                setting(env, "VIGIL_DB_PASSWORD", p, "db.password"));
        return new VigilConfig(dataDir, maxShrink, maxFileBytes, sources(p, where), host, (int) port, file, db);
    }

    private static Optional<String> setting(Map<String, String> env, String var, Properties p, String key) {
        return Optional.ofNullable(env.get(var)).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty()));
    }

    private static List<SourceConfig> sources(Properties p, String where) {
        Map<String, SourceConfig> byId = new LinkedHashMap<>();
        for (SourceConfig s : SourceConfig.defaults()) {
            byId.put(s.source(), s);
        }
        Set<String> configured = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("source.")) {
                configured.add(k.substring("source.".length(), k.lastIndexOf('.')));
            }
        }
        for (String id : configured) {
            String prefix = "source." + id + ".";
            SourceConfig base = byId.get(id);
            try {
                ListFormat format = Optional.ofNullable(p.getProperty(prefix + "format")).map(ListFormat::fromId)
                        .orElseGet(() -> base == null ? null : base.format());
                if (format == null) {
                    throw new ConfigException(where + ": " + prefix + "format is required for a new source");
                }
                List<URI> urls = Optional.ofNullable(p.getProperty(prefix + "urls")).map(VigilConfig::uris)
                        .orElseGet(() -> base == null ? List.of() : base.urls());
                List<String> files = Optional.ofNullable(p.getProperty(prefix + "files")).map(VigilConfig::split)
                        .orElseGet(() -> base != null && base.urls().size() == urls.size() ? base.fileNames()
                                : urls.stream().map(VigilConfig::fileName).toList());
                Duration timeout = Optional.ofNullable(p.getProperty(prefix + "timeout")).map(VigilConfig::duration)
                        .orElse(base == null ? SourceConfig.DEFAULT_TIMEOUT : base.timeout());
                int retries = (int) parseLong(p, prefix + "retries",
                        base == null ? SourceConfig.DEFAULT_RETRIES : base.retries(), where);
                long maxBytes = parseLong(p, prefix + "max-bytes",
                        base == null ? SourceConfig.DEFAULT_MAX_BYTES : base.maxBytes(), where);
                boolean enabled = Boolean.parseBoolean(p.getProperty(prefix + "enabled", "true"));
                byId.put(id, new SourceConfig(id, format, urls, files, timeout, retries, maxBytes, enabled));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": source " + id + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static void checkKeys(Properties p, Path f) {
        for (String k : p.stringPropertyNames()) {
            if (TOP_KEYS.contains(k)) {
                continue;
            }
            if (k.startsWith("source.") && k.indexOf('.', 7) > 7
                    && SOURCE_KEYS.contains(k.substring(k.lastIndexOf('.') + 1))) {
                continue;
            }
            throw new ConfigException(f + ": unknown key '" + k + "'; known keys: " + String.join(", ", TOP_KEYS)
                    + ", source.<id>.{" + String.join(",", SOURCE_KEYS) + "}");
        }
    }

    /** The configuration as lines for the start-up log; URLs lose their query strings (they may carry tokens). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("config file: " + file.map(Path::toString).orElse("(none, built-in defaults)"));
        out.add("data dir: " + dataDir.toAbsolutePath().normalize());
        out.add("lists: max shrink " + Math.round(maxShrink * 100) + "%, max file size " + maxFileBytes + " bytes");
        out.add("server: " + host + ":" + port);
        out.add("database: " + db.url().map(VigilConfig::redactJdbc).orElse("embedded H2 in " + dataDir.toAbsolutePath()
                .normalize()) + db.user().map(u -> " as " + u).orElse(""));
        for (SourceConfig s : sources) {
            out.add("source " + s.source() + " (" + s.format().id() + (s.enabled() ? "" : ", disabled") + "): "
                    + String.join(" ", s.urls().stream().map(VigilConfig::redact).toList()));
        }
        return out;
    }

    static String redactJdbc(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static String redact(URI u) {
        String s = u.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q) + "?…";
    }

    private static List<URI> uris(String s) {
        return split(s).stream().map(URI::create).toList();
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    private static String fileName(URI u) {
        String path = u.getPath() == null ? "" : u.getPath();
        String n = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "download" : n.toLowerCase(Locale.ROOT);
    }

    private static Duration duration(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t));
    }

    private static double parseDouble(Properties p, String key, double dflt, String where) {
        String v = p.getProperty(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": " + key + " must be a number, got '" + v + "'");
        }
    }

    private static long parseLong(Properties p, String key, long dflt, String where) {
        String v = p.getProperty(key);
        return v == null ? dflt : parseLong(key, v, where);
    }

    private static long parseLong(String key, String v, String where) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": " + key + " must be a whole number, got '" + v + "'");
        }
    }
}
