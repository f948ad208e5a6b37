package org.vigil.bench.match;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine and JVM the report ran on, for its header. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        MdTable t = new MdTable("", "");
        t.row("CPUs (nproc)", Runtime.getRuntime().availableProcessors());
        t.row("CPU model", cpuinfo("model name").orElse("unknown"));
        t.row("memory", meminfo().orElse("unknown"));
        t.row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        t.row("java -version", javaVersion());
        t.row("JVM arguments", ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty() ? "(none)"
                : String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        t.row("engine", engine());
        t.row("max heap", MdTable.num(Runtime.getRuntime().maxMemory() / 1048576.0, 0) + " MiB");
        return t.toString();
    }

    /** The 1, 5 and 15 minute load averages (other work on the machine slows the timings). */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Total time the garbage collectors reported so far, in ms. */
    public static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    /**
     * Which engine ran: a SHA-256 prefix over the {@code org/vigil/match} classes on the class path (the shaded jar
     * holds whatever match build it was packaged with), and the git commit of the working directory.
     */
    public static String engine() {
        String hash = "unknown";
        try {
            java.security.CodeSource cs = org.vigil.match.index.MatchIndex.class.getProtectionDomain()
                    .getCodeSource();
            Path jar = Path.of(cs.getLocation().toURI());
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(jar)) {
                try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
                    List<java.util.jar.JarEntry> es = jf.stream()
                            .filter(e -> e.getName().startsWith("org/vigil/match/") && !e.isDirectory())
                            .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
                    for (java.util.jar.JarEntry e : es) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jf.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
                hash = java.util.HexFormat.of().formatHex(md.digest()).substring(0, 12);
            }
        } catch (Exception e) {
            hash = "unknown (" + e.getClass().getSimpleName() + ")";
        }
        return "match classes sha256 " + hash + "; git " + git("rev-parse", "--short", "HEAD")
                + modified();
    }

    private static String modified() {
        String st = git("status", "--porcelain", "--", "match", "lists");
        return st.isEmpty() || st.equals("?") ? "" : " (match/lists modified)";
    }

    private static String git(String... args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("git"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String s = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return p.waitFor() == 0 ? s : "?";
            }
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static Optional<String> cpuinfo(String key) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith(key)) {
                    return Optional.of(l.substring(l.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> meminfo() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return Optional.of(String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The output of the running JVM's own {@code java -version}, on one line; the system properties otherwise. */
    private static String javaVersion() {
        Optional<String> cmd = ProcessHandle.current().info().command();
        if (cmd.isPresent()) {
            try {
                Process p = new ProcessBuilder(List.of(cmd.get(), "-version")).redirectErrorStream(true).start();
                try (InputStream in = p.getInputStream()) {
                    String s = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                    p.waitFor();
                    if (!s.isEmpty()) {
                        return String.join(" · ", s.lines().map(String::strip).toList());
                    }
                }
            } catch (IOException e) {
                // fall through
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
}
