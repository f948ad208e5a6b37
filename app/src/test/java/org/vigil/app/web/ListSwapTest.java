package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.AppContext;
import org.vigil.app.config.VigilConfig;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ListStore;

/**
 * A running server picks up a list version that another process activated, without a restart: in its pages and
 * in its screening index.
 */
class ListSwapTest {
    @TempDir
    Path data;

    @Test
    void aVersionActivatedByAnotherProcessIsServedWithinSeconds() throws Exception {
        VigilConfig cfg = VigilConfig.load(Optional.empty(), Optional.of(data), Map.of());
        AppContext ctx = AppContext.open(cfg, new PrintWriter(new StringWriter()));
        TestServer server = TestServer.start(ctx);
        Javalin app = server.app;
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI uk = URI.create("http://127.0.0.1:" + app.port() + "/api/v1/entities/gb-hmt:7241");
            assertThat(http.send(server.request("/api/v1/entities/gb-hmt:7241").build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);

            // "another process": a second store on the same directory, as `vigil lists load` would open it
            ListStore other = new ListStore(cfg.listsDir(), java.time.Clock.systemUTC(), Parsers::forFormat);
            other.importFiles(ImportRequest.of("gb-hmt", ListFormat.UK_CSV,
                    List.of(TestData.fixture("uk/sanctionsconlist_2018-04-13.csv")), "test"));

            int status = 0;
            for (int i = 0; i < 50 && status != 200; i++) {
                Thread.sleep(100);
                status = http.send(server.request("/api/v1/entities/gb-hmt:7241").build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode();
            }
            assertThat(status).isEqualTo(200);

            // the screening index is rebuilt in the background and swapped in: the new list becomes screenable
            HttpRequest screenUk = server.request("/api/v1/screen").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"Lashkar-e-Tayyiba\",\"sources\":[\"gb-hmt\"]}")).build();
            HttpResponse<String> screened = null;
            for (int i = 0; i < 100 && (screened == null || screened.statusCode() != 200); i++) {
                screened = http.send(screenUk, HttpResponse.BodyHandlers.ofString());
                if (screened.statusCode() != 200) {
                    assertThat(screened.body()).contains("unknown source");
                    Thread.sleep(100);
                }
            }
            assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
            assertThat(screened.body()).contains("\"id\" : \"gb-hmt:7241\"");

            // and the server recorded when it started screening against the new version (just after the swap)
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (server.services.audit().read(1, 10_000).stream()
                    .noneMatch(e -> e.action().equals(ScreeningAudit.LISTS_ACTION)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(server.services.audit().read(1, 10_000)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(ScreeningAudit.LISTS_ACTION);
                assertThat(e.actor()).isEqualTo("system:vigil-serve");
                assertThat(e.details()).contains("gb-hmt@2018-04-13");
            });
        } finally {
            server.close();
        }
    }
}
