package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.AppContext;
import org.vigil.app.json.Json;
import org.vigil.screening.db.RootSafePostgresBinaries;

/**
 * The database goes away under a running server (its PostgreSQL server is stopped): requests that need it are
 * answered within seconds with 503, a JSON error saying so and Retry-After, while the health check stays up; when
 * PostgreSQL is back on the same port, the same server answers again, without a restart, and nothing was recorded
 * for the requests it refused.
 */
class DatabaseOutageTest {
    @TempDir
    Path data;

    static EmbeddedPostgres startPostgres(Path dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setPgBinaryResolver(RootSafePostgresBinaries.INSTANCE)
                .setPGStartupWait(Duration.ofSeconds(60)).setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false);
        return (port == 0 ? b : b.setPort(port)).start();
    }

    static HttpRequest screen(TestServer server) {
        return server.request("/api/v1/screen").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hafiz Mohammad Sayeed\"}")).build();
    }

    @Test
    void theDatabaseGoingAwayIs503WithinSecondsAndItsReturnNeedsNoRestart() throws Exception {
        // PostgreSQL runs as 'nobody' when the tests run as root, so its directory must be reachable for others
        Path pgHome = Files.createTempDirectory("vigil-pg-outage",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path pgData = pgHome.resolve("data");
        EmbeddedPostgres pg = startPostgres(pgData, 0);
        int port = pg.getPort();
        AppContext ctx = AppContext.open(TestServer.config(data), new PrintWriter(new StringWriter()));
        TestServer server = TestServer.start(ctx, pg.getJdbcUrl("postgres", "postgres"));
        try {
            HttpResponse<String> ok = server.send(screen(server));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            long screenRows = screenRows(server);

            pg.close();
            pg = null;

            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            // screening needs the database (its audit row); so does checking an API key not seen in the last seconds
            for (HttpRequest request : new HttpRequest[] {screen(server),
                    server.request("/api/v1/lists", org.vigil.screening.security.Role.REVIEWER).build()}) {
                long t0 = System.nanoTime();
                HttpResponse<String> down = server.send(request);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
                assertThat(millis).as("answered after %d ms", millis).isLessThan(8_000);
                assertThat(down.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                        assertThat(Integer.parseInt(v)).isBetween(1, 60));
                assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                        assertThat(v).startsWith("application/json"));
                JsonNode error = Json.MAPPER.readTree(down.body());
                assertThat(error.get("status").asInt()).isEqualTo(503);
                assertThat(error.get("error").asText()).contains("database cannot be reached");
            }

            pg = startPostgres(pgData, port);
            HttpResponse<String> back = null;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                back = server.send(screen(server));
                if (back.statusCode() != 503) {
                    break;
                }
            }
            assertThat(back).isNotNull();
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            assertThat(server.get("/api/v1/lists").statusCode()).isEqualTo(200);
            // the refused requests left no row; the one after recovery did (background re-screening may add its own)
            assertThat(server.services.audit().verify().ok()).isTrue();
            assertThat(screenRows(server)).isEqualTo(screenRows + 1);
        } finally {
            server.close();
            if (pg != null) {
                pg.close();
            }
            deleteTree(pgHome);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    private static long screenRows(TestServer server) {
        return server.services.audit().read(1, 100_000).stream().filter(e -> e.action().equals("screen")).count();
    }
}
