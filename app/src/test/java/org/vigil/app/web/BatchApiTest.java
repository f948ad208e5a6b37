package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Main;
import org.vigil.app.json.Json;
import org.vigil.screening.batch.BatchSettings;

/**
 * Batch jobs over HTTP on a real server: upload (text/csv and multipart, API key and console), progress, results
 * equal to {@code vigil screen --input} for the same file, bad files refused naming line and field with nothing
 * stored, and large uploads accepted on this route only.
 */
class BatchApiTest {
    static final String CUSTOMERS = """
            id,name,type,dob,country,notes
            c1,Hafiz Mohammad Sayeed,person,1950-06-05,PK,a listed leader
            c2,Lashkar-e-Toiba,organization,,,
            c3,Maria Fernanda Oliveira,person,1984,BR,
            c4,<script>alert(1)</script>,,,,xss
            c5,"Robert'); DROP TABLE batch_job;--",,,,sql
            c6,حافظ محمد سعید,,,,arabic
            c7,"Chen Wei, Jr.",person,,CN,comma
            c8,Zakiur Rehman Lakhvi,,,,
            c9,Nordic Timber Trading AB,organization,,SE,
            c10,Kenji Watanabe,person,1979-03,JP,
            """;

    @TempDir
    static Path data;
    static TestServer server;
    /** The same lists, no batch workers: jobs stay queued. */
    static TestServer idle;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        idle = TestServer.start(server.ctx, TestServer.memoryDb(), BatchSettings.withWorkers(0));
    }

    @AfterAll
    static void stop() {
        idle.close();
        server.close();
    }

    static HttpResponse<String> postCsv(TestServer s, String query, byte[] body, String type) throws Exception {
        return s.send(s.request("/api/v1/batches" + query).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    /** Polls the job until it has finished (or 60 s have passed). */
    static JsonNode awaitFinished(TestServer s, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job = json(s.get("/api/v1/batches/" + id));
        while (!job.get("status").asText().matches("COMPLETED|FAILED") && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling a condition with a deadline
            job = json(s.get("/api/v1/batches/" + id));
        }
        return job;
    }

    @Test
    void anUploadedFileIsScreenedAndItsResultsEqualTheClisOutput() throws Exception {
        HttpResponse<String> created = postCsv(server, "?name=customers.csv", CUSTOMERS.getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=utf-8");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        JsonNode job = json(created);
        long id = job.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/batches/" + id);
        assertThat(job.get("rows").asLong()).isEqualTo(10);
        assertThat(job.get("file").asText()).isEqualTo("customers.csv");
        assertThat(job.get("createdBy").asText()).isEqualTo("key:test-analyst");
        JsonNode done = awaitFinished(server, id);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("rowsDone").asLong()).isEqualTo(10);
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.get("rowsMatched").asLong()).isGreaterThanOrEqualTo(3);

        Path input = data.resolve("customers.csv");
        Files.writeString(input, CUSTOMERS);
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "screen", "--data",
                data.toString(), "--input", input.toString(), "--output", data.resolve("cli.jsonl").toString());
        assertThat(status).as(err.toString()).isZero();
        Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "screen", "--data", data.toString(),
                "--input", input.toString(), "--output", data.resolve("cli.csv").toString());

        HttpResponse<String> jsonl = server.get("/api/v1/batches/" + id + "/results?format=jsonl");
        assertThat(jsonl.statusCode()).isEqualTo(200);
        assertThat(jsonl.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/x-ndjson"));
        assertThat(jsonl.body()).isEqualTo(Files.readString(data.resolve("cli.jsonl")));
        String first = jsonl.body().lines().findFirst().orElseThrow();
        assertThat(Json.MAPPER.readTree(first).at("/matches/0/id").asText()).isEqualTo("un-sc:QDi.263");
        HttpResponse<String> csv = server.get("/api/v1/batches/" + id + "/results?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"batch-" + id + "-results.csv\"");
        assertThat(csv.body()).isEqualTo(Files.readString(data.resolve("cli.csv")));

        JsonNode list = json(server.get("/api/v1/batches"));
        assertThat(list.get("batches").findValuesAsText("id")).contains(Long.toString(id));
        assertThat(server.get("/api/v1/batches/" + id + "/results?format=xml").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/v1/batches/999999").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/batches/x1/results").statusCode()).isEqualTo(404);
        String audit = server.services.audit().read(1, 1000).stream()
                .filter(e -> e.subject().equals("batch:" + id)).map(e -> e.action()).toList().toString();
        assertThat(audit).isEqualTo("[batch.create, batch.complete]");
    }

    static byte[] multipart(String boundary, String field, String fileName, byte[] content, String... fields) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    @Test
    void aMultipartUploadWithOptionsIsAccepted() throws Exception {
        byte[] body = multipart("XyZ", "file", "list.csv", "name\nIvan Petrov\nLashkar-e-Toiba\n"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = postCsv(idle, "?threshold=0.9&limit=2&sources=un-sc", body,
                "multipart/form-data; boundary=XyZ");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode job = json(r);
        assertThat(job.get("status").asText()).isEqualTo("QUEUED");
        assertThat(job.get("file").asText()).isEqualTo("list.csv");
        assertThat(job.at("/options/threshold").asDouble()).isEqualTo(0.9);
        assertThat(job.at("/options/limit").asInt()).isEqualTo(2);
        assertThat(job.at("/options/sources").toString()).isEqualTo("[\"un-sc\"]");
        HttpResponse<String> early = idle.get("/api/v1/batches/" + job.get("id").asLong() + "/results");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).get("error").asText()).contains("is queued (0% done)");
        HttpResponse<String> noFile = postCsv(idle, "", multipart("XyZ", "other", "x.csv", new byte[] {'a'}),
                "multipart/form-data; boundary=XyZ");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(json(noFile).get("field").asText()).isEqualTo("file");
    }

    @Test
    void badFilesAreRefusedNamingLineAndFieldAndNothingIsStored() throws Exception {
        int before = json(idle.get("/api/v1/batches?limit=500")).get("batches").size();
        record Case(String query, byte[] body, String type, int status, String field, String message) {
        }
        byte[] latin1 = "id,name\nc1,Ann Lee\nc2,Jos\u00e9 Garc\u00eda\n".getBytes(StandardCharsets.ISO_8859_1);
        java.util.List<Case> cases = java.util.List.of(
                new Case("", "id,full_name\nc1,Ann Lee\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400, "name",
                        "line 1: no 'name' column; the header has: id, full_name"),
                new Case("", "id,name,dob\nc1,Ann Lee,1990\nc2,Bo Ek,1999-13-01\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv", 400, "dob", "line 3: dob: invalid dob '1999-13-01'"),
                new Case("", "name,country\nAnn Lee,Atlantis\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400,
                        "country", "line 2: country: unknown country 'Atlantis'"),
                new Case("", "name,type\nAnn Lee,planet\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400, "type",
                        "line 2: type: "),
                new Case("", "name\nAnn\n\n  \n".getBytes(StandardCharsets.UTF_8), "text/csv", 202, null, null),
                new Case("", latin1, "text/csv", 400, null, "line 3: bytes that are not valid UTF-8"),
                new Case("", "name\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400, null,
                        "the file has a header but no data rows"),
                new Case("", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), "application/json", 415, null,
                        "send the CSV file as the body with Content-Type: text/csv"),
                new Case("?threshold=2", "name\nAnn\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400,
                        "threshold", "threshold must be a number from 0 to 1"),
                new Case("?sources=nowhere", "name\nAnn\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400,
                        "sources", "unknown source 'nowhere'"),
                new Case("?treshold=0.5", "name\nAnn\n".getBytes(StandardCharsets.UTF_8), "text/csv", 400,
                        "treshold", "unknown parameter 'treshold'"));
        int accepted = 0;
        for (Case c : cases) {
            HttpResponse<String> r = postCsv(idle, c.query(), c.body(), c.type());
            assertThat(r.statusCode()).as(c + " -> " + r.body()).isEqualTo(c.status());
            if (c.status() == 202) {
                accepted++;
                continue;
            }
            JsonNode e = json(r);
            assertThat(e.get("error").asText()).as(c.toString()).startsWith(c.message());
            if (c.field() != null) {
                assertThat(e.get("field").asText()).isEqualTo(c.field());
            }
        }
        assertThat(json(idle.get("/api/v1/batches?limit=500")).get("batches").size()).isEqualTo(before + accepted);
        long chunks = idle.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM batch_chunk").mapTo(Long.class).one());
        long jobs = idle.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM batch_job").mapTo(Long.class).one());
        assertThat(chunks).isEqualTo(jobs);
    }

    @Test
    void uploadsLargerThanTheOtherRoutesLimitAreAcceptedHereOnly() throws Exception {
        StringBuilder b = new StringBuilder("id,name,country\n");
        for (int i = 0; b.length() < 3_000_000; i++) {
            b.append("c").append(i).append(",Customer Number ").append(i).append(" Trading Company Limited,GB\n");
        }
        byte[] big = b.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = postCsv(idle, "", big, "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(json(r).get("rows").asLong()).isEqualTo(b.toString().lines().count() - 1);
        HttpResponse<String> screen = idle.send(idle.request("/api/v1/screen").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertThat(screen.statusCode()).isEqualTo(413);
    }

    @Test
    void theConsoleUploadsAFileAndShowsItsProgress() throws Exception {
        TestServer.Browser analyst = idle.login("analyst1");
        HttpResponse<String> page = analyst.get("/batches");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\" value=\"")
                .contains("type=\"file\" name=\"file\"");
        byte[] body = multipart("b0undary", "file", "<b>evil</b>.csv", "name\nIvan Petrov\n"
                .getBytes(StandardCharsets.UTF_8), "_csrf", analyst.csrf, "threshold", "0.85", "limit", "3");
        HttpResponse<String> posted = analyst.client.send(HttpRequest.newBuilder(idle.uri("/batches"))
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/batches/\\d+");
        HttpResponse<String> job = analyst.get(location);
        assertThat(job.statusCode()).isEqualTo(200);
        assertThat(job.body()).contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .contains("&lt;b&gt;evil&lt;/b&gt;.csv").doesNotContain("<b>evil</b>")
                .contains("<progress max=\"1\" value=\"0\">").contains("Waiting for a worker")
                .doesNotContain("<script");
        assertThat(analyst.get("/batches").body()).contains("href=\"" + location + "\"");
        // without the CSRF token the upload is refused
        byte[] forged = multipart("b0undary", "file", "x.csv", "name\nAnn\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = analyst.client.send(HttpRequest.newBuilder(idle.uri("/batches"))
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(forged)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        // a bad file shows the reason on the form page
        byte[] bad = multipart("b0undary", "file", "bad.csv", "id\n1\n".getBytes(StandardCharsets.UTF_8), "_csrf",
                analyst.csrf);
        HttpResponse<String> badPage = analyst.client.send(HttpRequest.newBuilder(idle.uri("/batches"))
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("line 1: no &#39;name&#39; column").contains("type=\"file\"");
    }

    @Test
    void aCompletedJobsPageLinksItsDownloadsAndStopsRefreshing() throws Exception {
        HttpResponse<String> created = postCsv(server, "", "name\nIvan Petrov\n".getBytes(StandardCharsets.UTF_8),
                "text/csv");
        long id = json(created).get("id").asLong();
        assertThat(awaitFinished(server, id).get("status").asText()).isEqualTo("COMPLETED");
        HttpResponse<String> page = server.login("reviewer1").get("/batches/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("http-equiv=\"refresh\"")
                .contains("href=\"/api/v1/batches/" + id + "/results?format=csv\"")
                .contains("href=\"/api/v1/batches/" + id + "/results?format=jsonl\"");
        assertThat(server.login("analyst1").get("/api/v1/batches/" + id + "/results?format=jsonl").statusCode())
                .as("the download link works with a console session").isEqualTo(200);
    }
}
