package org.vigil.app.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.vigil.screening.batch.BatchJob;
import org.vigil.screening.batch.BatchOptions;
import org.vigil.screening.batch.BatchStatus;

/**
 * The console's batch pages, without JavaScript: {@code GET /batches} (the jobs and an upload form),
 * {@code POST /batches} (the form's multipart upload; on success a redirect to the job), and {@code GET /batches/{id}}
 * (progress, refreshing itself while the job runs, and the download links).
 */
final class BatchPages {
    static final int REFRESH_SECONDS = 3;
    private final BatchApi api;

    BatchPages(BatchApi api) {
        this.api = api;
    }

    void list(Context c) {
        html(c, Html.page(c, "Batch screening", form(c, null) + table(api.jobs.list(BatchApi.DEFAULT_LIST))));
    }

    void upload(Context c) throws IOException {
        String type = c.contentType() == null ? "" : c.contentType().toLowerCase(Locale.ROOT);
        try {
            if (!type.startsWith("multipart/form-data")) {
                throw ApiError.badField("file", "choose a CSV file in the upload form");
            }
            UploadedFile file;
            try {
                file = c.uploadedFile("file");
            } catch (RuntimeException e) {
                throw new ApiError(413, "file", "the file could not be received (larger than "
                        + BatchApi.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB?)");
            }
            if (file == null || file.filename() == null || file.filename().isBlank()) {
                throw ApiError.badField("file", "choose a CSV file in the upload form");
            }
            BatchOptions options = BatchApi.options(c.formParam("threshold"), c.formParam("limit"),
                    c.formParam("sources"));
            BatchJob job;
            try (InputStream in = file.content()) {
                job = api.create(c, file.filename(), in, options);
            }
            c.redirect("/batches/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiError e) {
            c.status(e.status());
            html(c, Html.page(c, "Batch screening", "<p class=\"error\" role=\"alert\">" + Html.esc(e.getMessage())
                    + "</p>" + form(c, readable(c) ? c : null)));
        }
    }

    void job(Context c) {
        BatchJob j = api.job(c);
        StringBuilder b = new StringBuilder();
        b.append("<h1>Batch ").append(j.id()).append(": ").append(Html.esc(j.fileName())).append("</h1>");
        b.append("<p class=\"meta\">").append(Html.esc(status(j))).append("</p>");
        b.append("<p><progress max=\"").append(Math.max(1, j.totalRows())).append("\" value=\"").append(j.rowsDone())
                .append("\">").append(percent(j)).append("</progress> ").append(percent(j)).append(" · ")
                .append(j.rowsDone()).append(" of ").append(j.totalRows()).append(" rows</p>");
        b.append("<table><tbody>");
        row(b, "Status", j.status().name().toLowerCase(Locale.ROOT));
        row(b, "Rows with matches", Long.toString(j.rowsMatched()));
        row(b, "Matches", Long.toString(j.matches()));
        row(b, "Threshold", String.format(Locale.ROOT, "%.2f", j.options().threshold()));
        row(b, "Matches per row at most", Integer.toString(j.options().limit()));
        row(b, "Lists", j.options().sources().isEmpty() ? "all active" : String.join(", ", j.options().sources()));
        row(b, "Uploaded by", j.createdBy());
        row(b, "Uploaded", j.createdAt().toString());
        j.startedAt().ifPresent(t -> row(b, "Started", t.toString()));
        j.finishedAt().ifPresent(t -> row(b, "Finished", t.toString()));
        j.error().ifPresent(e -> row(b, "Reason it failed", e));
        b.append("</tbody></table>");
        if (j.status() == BatchStatus.COMPLETED) {
            b.append("<p>Download the results: <a href=\"/api/v1/batches/").append(j.id())
                    .append("/results?format=csv\">CSV</a> (one line per match) · <a href=\"/api/v1/batches/")
                    .append(j.id()).append("/results?format=jsonl\">JSON lines</a> (one line per row)</p>");
        } else if (!j.status().finished()) {
            b.append("<p class=\"meta\">This page refreshes every ").append(REFRESH_SECONDS)
                    .append(" seconds until the job has finished.</p>");
        }
        b.append("<p><a href=\"/batches\">All batch jobs</a></p>");
        String page = Html.page(c, "Batch " + j.id(), b.toString());
        if (!j.status().finished()) {
            page = page.replace("</head>", "<meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\"></head>");
        }
        html(c, page);
    }

    private static String form(Context c, Context previous) {
        String threshold = previous == null ? "0.80" : value(previous.formParam("threshold"));
        String limit = previous == null ? "10" : value(previous.formParam("limit"));
        String sources = previous == null ? "" : value(previous.formParam("sources"));
        return "<h1>Batch screening</h1><p>Upload a CSV file (UTF-8) with a header row and a <code>name</code> "
                + "column; optional columns <code>id</code>, <code>type</code>, <code>dob</code>, <code>country</code>"
                + ", <code>gender</code>. The whole file is checked first: a bad row refuses the file, naming its line."
                + "</p><form method=\"post\" action=\"/batches\" enctype=\"multipart/form-data\">" + Auth.csrfField(c)
                + "<p><label>File <input type=\"file\" name=\"file\" accept=\".csv,text/csv\" required></label></p>"
                + "<p><label>Threshold <input name=\"threshold\" value=\"" + Html.esc(threshold)
                + "\" inputmode=\"decimal\" size=\"5\"></label> <label>Matches per row at most <input name=\"limit\" "
                + "value=\"" + Html.esc(limit) + "\" inputmode=\"numeric\" size=\"4\"></label> <label>Lists "
                + "<input name=\"sources\" value=\"" + Html.esc(sources) + "\" placeholder=\"all active, or un-sc,"
                + "us-ofac-sdn\"></label></p><p><button type=\"submit\">Upload and screen</button></p></form>";
    }

    /** Whether the request's form fields can be read (a broken multipart body cannot). */
    private static boolean readable(Context c) {
        try {
            return !c.formParamMap().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    private static String table(List<BatchJob> jobs) {
        if (jobs.isEmpty()) {
            return "<h2>Jobs</h2><p>No batch jobs yet.</p>";
        }
        StringBuilder b = new StringBuilder("<h2>Jobs</h2><table><thead><tr><th>Job</th><th>File</th><th>Status</th>"
                + "<th>Progress</th><th>Rows</th><th>With matches</th><th>Uploaded by</th><th>Uploaded</th></tr>"
                + "</thead><tbody>");
        for (BatchJob j : jobs) {
            b.append("<tr><td><a href=\"/batches/").append(j.id()).append("\">").append(j.id()).append("</a></td><td>")
                    .append(Html.esc(j.fileName())).append("</td><td>")
                    .append(Html.esc(j.status().name().toLowerCase(Locale.ROOT))).append("</td><td>")
                    .append(percent(j)).append("</td><td>").append(j.totalRows()).append("</td><td>")
                    .append(j.rowsMatched()).append("</td><td>").append(Html.esc(j.createdBy())).append("</td><td>")
                    .append(Html.esc(j.createdAt().toString())).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static String status(BatchJob j) {
        return switch (j.status()) {
            case QUEUED -> "Waiting for a worker.";
            case RUNNING -> "Screening.";
            case COMPLETED -> "Completed: " + j.rowsMatched() + " of " + j.totalRows() + " rows have matches.";
            case FAILED -> "Failed: " + j.error().orElse("");
        };
    }

    private static String percent(BatchJob j) {
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(j.progress() * 100));
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th scope=\"row\">").append(Html.esc(label)).append("</th><td>").append(Html.esc(value))
                .append("</td></tr>");
    }

    private static void html(Context c, String page) {
        c.contentType("text/html; charset=utf-8").result(page);
    }
}
