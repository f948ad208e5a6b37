package org.vigil.screening.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * PostgreSQL refuses to run as root, and build containers often run as root. When the tests run as root, this resolver
 * repacks zonky's binaries so that {@code bin/initdb} and {@code bin/pg_ctl} are small scripts that hand the data
 * directory to {@code nobody} (uid 65534) and run the real program as that user with {@code setpriv}; as any other
 * user the binaries are used unchanged.
 */
public final class RootSafePostgresBinaries implements PgBinaryResolver {
    public static final PgBinaryResolver INSTANCE = new RootSafePostgresBinaries();
    private static final Set<String> WRAPPED = Set.of("initdb", "pg_ctl");
    private static final String SCRIPT = """
            #!/bin/sh
            # Written by Vigil's tests: PostgreSQL cannot run as root, so as root run it as nobody (uid 65534).
            here=$(cd "$(dirname "$0")" && pwd)
            real="$here/%s.real"
            if [ "$(id -u)" = "0" ]; then
              command -v setpriv >/dev/null 2>&1 || { echo "setpriv (util-linux) is needed to run PostgreSQL as nobody" >&2; exit 1; }
              chmod -R a+rX "$here/.."
              prev=""
              for arg in "$@"; do
                if [ "$prev" = "-D" ]; then chown -R 65534:65534 "$arg"; fi
                prev="$arg"
              done
              exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            fi
            exec "$real" "$@"
            """;

    private RootSafePostgresBinaries() {
    }

    static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (original == null || !runningAsRoot()) {
            return original;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 20);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options(0)))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                String base = name.startsWith("./") ? name.substring(2) : name;
                String program = base.startsWith("bin/") ? base.substring(4) : "";
                if (entry.isFile() && WRAPPED.contains(program)) {
                    byte[] content = in.readAllBytes();
                    TarArchiveEntry real = new TarArchiveEntry(name + ".real");
                    real.setSize(content.length);
                    real.setMode(0755);
                    tar.putArchiveEntry(real);
                    tar.write(content);
                    tar.closeArchiveEntry();
                    byte[] script = SCRIPT.formatted(program).getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    wrapper.setSize(script.length);
                    wrapper.setMode(0755);
                    tar.putArchiveEntry(wrapper);
                    tar.write(script);
                    tar.closeArchiveEntry();
                } else {
                    tar.putArchiveEntry(entry);
                    if (entry.isFile()) {
                        in.transferTo(tar);
                    }
                    tar.closeArchiveEntry();
                }
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
