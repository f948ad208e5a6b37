package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password guessing is slowed down: after 10 failed logins from one address, even the right password waits. */
class LoginRateLimitTest {
    @TempDir
    Path data;

    @Test
    void tenFailuresFromOneAddressBlockFurtherAttempts() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String token = TestServer.hidden(client.send(HttpRequest.newBuilder(server.uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body(), "_csrf");
            int[] statuses = new int[12];
            for (int i = 0; i < statuses.length; i++) {
                String password = i == statuses.length - 1 ? TestServer.PASSWORD : "guess-number-" + i;
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=admin1&password="
                                + TestServer.enc(password))).build(), HttpResponse.BodyHandlers.ofString());
                statuses[i] = r.statusCode();
                token = TestServer.hidden(r.body(), "_csrf");
            }
            assertThat(statuses).startsWith(401, 401, 401, 401, 401, 401, 401, 401, 401, 401).endsWith(429, 429);
        }
    }
}
