package org.vigil.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.app.Services;
import org.vigil.app.json.Json;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.match.BatchRowScreening;
import org.vigil.match.ScreenOptions;
import org.vigil.screening.batch.BatchInputException;
import org.vigil.screening.batch.BatchJob;
import org.vigil.screening.batch.BatchJobs;
import org.vigil.screening.batch.BatchOptions;
import org.vigil.screening.batch.BatchSettings;
import org.vigil.screening.batch.BatchStatus;
import org.vigil.screening.batch.BatchWorkers;

/**
 * Batch jobs over HTTP: {@code POST /api/v1/batches} (a CSV as {@code text/csv}, or the multipart field
 * {@code file}; up to {@link #MAX_UPLOAD_BYTES}, read as it arrives and checked completely before the job exists),
 * {@code GET /api/v1/batches}, {@code GET /api/v1/batches/{id}} and {@code GET /api/v1/batches/{id}/results}; the
 * console pages are {@link BatchPages}. The workers of this instance start and stop with the server.
 */
public final class BatchApi {
    /** The largest upload accepted; only this route and the console upload take more than the 1 MB of the others. */
    public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    static final int MAX_LIST = 500;
    static final int DEFAULT_LIST = 50;
    /** Jetty reads a request's multipart limits from this attribute when it is set before the parts are parsed. */
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final Set<String> CREATE_PARAMS = Set.of("threshold", "limit", "sources", "name");

    final BatchJobs jobs;
    final BatchRowScreening screening;

    BatchApi(BatchJobs jobs, BatchRowScreening screening) {
        this.jobs = jobs;
        this.screening = screening;
    }

    /**
     * Registers the batch routes and pages on {@code config}, and runs {@code settings.workers()} worker threads
     * while the server runs.
     */
    public static void register(JavalinConfig config, Services services, ActiveScreener screener,
                                BatchSettings settings) {
        BatchJobs jobs = new BatchJobs(services.database().jdbi(), services.audit(), services.clock(), settings);
        BatchRowScreening screening = new BatchRowScreening(screener);
        BatchWorkers workers = new BatchWorkers(jobs, screening, instanceName());
        BatchApi api = new BatchApi(jobs, screening);
        BatchPages pages = new BatchPages(api);
        config.events.serverStarted(workers::start);
        config.events.serverStopping(workers::close);
        config.routes.before("/api/v1/batches", BatchApi::allowLargeMultipart);
        config.routes.before("/batches", BatchApi::allowLargeMultipart);
        config.routes.post("/api/v1/batches", api::create, Access.ANALYST);
        config.routes.get("/api/v1/batches", api::list, Access.ANALYST);
        config.routes.get("/api/v1/batches/{id}", api::status, Access.ANALYST);
        config.routes.get("/api/v1/batches/{id}/results", api::results, Access.ANALYST);
        config.routes.get("/batches", pages::list, Access.ANALYST);
        config.routes.post("/batches", pages::upload, Access.ANALYST);
        config.routes.get("/batches/{id}", pages::job, Access.ANALYST);
    }

    /** {@code host:pid}, naming this process in lease owners and audit entries. */
    static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /** Lets Jetty parse a multipart upload of up to {@link #MAX_UPLOAD_BYTES}, spooling parts over 1 MB to disk. */
    private static void allowLargeMultipart(Context c) {
        if (c.method() == HandlerType.POST) {
            c.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(System.getProperty("java.io.tmpdir"),
                    MAX_UPLOAD_BYTES, MAX_UPLOAD_BYTES + 64 * 1024, 1024 * 1024));
        }
    }

    void create(Context c) throws IOException {
        for (String p : c.queryParamMap().keySet()) {
            if (!CREATE_PARAMS.contains(p)) {
                throw ApiError.badField(p, "unknown parameter '" + ApiJson.abbreviate(p) + "'; expected "
                        + String.join(", ", CREATE_PARAMS.stream().sorted().toList()));
            }
        }
        BatchOptions options = options(c.queryParam("threshold"), c.queryParam("limit"), c.queryParam("sources"));
        BatchJob job;
        String type = c.contentType() == null ? "" : c.contentType().toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("multipart/form-data")) {
            job = createFromMultipart(c, options);
        } else if (type.startsWith("text/csv") || type.startsWith("application/csv")
                || type.startsWith("text/plain")) {
            if (c.req().getContentLengthLong() > MAX_UPLOAD_BYTES) {
                throw tooLarge();
            }
            String name = c.queryParam("name");
            try (InputStream in = new Limited(c.req().getInputStream(), MAX_UPLOAD_BYTES)) {
                job = create(c, name == null ? "upload.csv" : name, in, options);
            }
        } else {
            throw new ApiError(415, null, "send the CSV file as the body with Content-Type: text/csv, or as the "
                    + "field 'file' of a multipart/form-data form");
        }
        c.status(202).header("Location", "/api/v1/batches/" + job.id());
        ApiJson.respond(c, json(job));
    }

    private BatchJob createFromMultipart(Context c, BatchOptions options) throws IOException {
        UploadedFile file;
        try {
            file = c.uploadedFile("file");
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("size")
                    || String.valueOf(e.getCause()).toLowerCase(Locale.ROOT).contains("size")) {
                throw tooLarge();
            }
            throw new ApiError(400, "file", "the multipart body could not be read: " + e.getMessage());
        }
        if (file == null) {
            throw ApiError.badField("file", "no file: send the CSV as the form field 'file'");
        }
        try (InputStream in = file.content()) {
            return create(c, file.filename(), in, options);
        }
    }

    BatchJob create(Context c, String fileName, InputStream in, BatchOptions options) throws IOException {
        try {
            return jobs.create(Auth.require(c).actor(), fileName, in, options, screening);
        } catch (BatchInputException e) {
            throw new ApiError(400, e.field(), e.getMessage());
        }
    }

    static ApiError tooLarge() {
        return new ApiError(413, null, "the file is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024)
                + " MB; split it into several jobs");
    }

    /** The options from request parameters (query string or form fields). */
    static BatchOptions options(String threshold, String limit, String sources) {
        double t = ScreenOptions.DEFAULT_THRESHOLD;
        if (threshold != null && !threshold.isBlank()) {
            try {
                t = Double.parseDouble(threshold.strip());
            } catch (NumberFormatException e) {
                t = Double.NaN;
            }
            if (!(t >= 0 && t <= 1)) {
                throw ApiError.badField("threshold", "threshold must be a number from 0 to 1, got '"
                        + ApiJson.abbreviate(threshold) + "'");
            }
        }
        int l = ScreenOptions.DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                l = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                l = -1;
            }
            if (l < 1 || l > ScreenApi.MAX_LIMIT) {
                throw ApiError.badField("limit", "limit must be a whole number from 1 to " + ScreenApi.MAX_LIMIT
                        + ", got '" + ApiJson.abbreviate(limit) + "'");
            }
        }
        List<String> s = new ArrayList<>();
        if (sources != null) {
            for (String x : sources.split(",")) {
                if (!x.isBlank() && !s.contains(x.strip())) {
                    s.add(x.strip());
                }
            }
        }
        return new BatchOptions(t, l, s);
    }

    void list(Context c) {
        int limit = (int) ApiJson.queryNumber(c, "limit", 1, MAX_LIST, DEFAULT_LIST);
        ArrayNode arr = Json.array();
        jobs.list(limit).forEach(j -> arr.add(json(j)));
        ApiJson.respond(c, Json.object().set("batches", arr));
    }

    void status(Context c) {
        ApiJson.respond(c, json(job(c)));
    }

    /** The job named by the path, or 404. */
    BatchJob job(Context c) {
        String raw = c.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, "id", "no batch job '" + ApiJson.abbreviate(raw) + "'");
        }
        return jobs.find(id).orElseThrow(() -> new ApiError(404, "id", "no batch job " + id));
    }

    void results(Context c) throws IOException {
        String format = c.queryParam("format") == null ? "jsonl" : c.queryParam("format").strip()
                .toLowerCase(Locale.ROOT);
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw ApiError.badField("format", "format must be jsonl or csv, got '" + ApiJson.abbreviate(format) + "'");
        }
        BatchJob job = job(c);
        if (job.status() != BatchStatus.COMPLETED) {
            throw new ApiError(409, null, "batch job " + job.id() + " is " + job.status().name().toLowerCase(Locale.ROOT)
                    + (job.status() == BatchStatus.FAILED ? " (" + job.error().orElse("") + ")"
                    : String.format(Locale.ROOT, " (%.0f%% done)", job.progress() * 100))
                    + "; its results can be downloaded once it has completed");
        }
        boolean jsonl = format.equals("jsonl");
        c.status(200);
        c.contentType(jsonl ? "application/x-ndjson; charset=utf-8" : "text/csv; charset=utf-8");
        c.header("Content-Disposition", "attachment; filename=\"batch-" + job.id() + "-results." + format + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(c.res().getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        jobs.writeResults(job.id(), jsonl, screening.csvHeader(), out);
        out.flush();
    }

    static ObjectNode json(BatchJob j) {
        ObjectNode o = Json.object();
        o.put("id", j.id());
        o.put("status", j.status().name());
        o.put("file", j.fileName());
        o.put("rows", j.totalRows());
        o.put("rowsDone", j.rowsDone());
        o.put("progress", Math.floor(j.progress() * 10_000) / 10_000);
        o.put("rowsMatched", j.rowsMatched());
        o.put("matches", j.matches());
        o.put("chunks", j.chunkCount());
        o.put("chunksDone", j.chunksDone());
        o.put("error", j.error().orElse(null));
        ObjectNode opt = o.putObject("options");
        opt.put("threshold", j.options().threshold());
        opt.put("limit", j.options().limit());
        ArrayNode src = opt.putArray("sources");
        j.options().sources().forEach(src::add);
        o.put("createdBy", j.createdBy());
        o.put("createdAt", j.createdAt().toString());
        o.put("startedAt", j.startedAt().map(Object::toString).orElse(null));
        o.put("finishedAt", j.finishedAt().map(Object::toString).orElse(null));
        ObjectNode links = o.putObject("links");
        links.put("self", "/api/v1/batches/" + j.id());
        links.put("jsonl", "/api/v1/batches/" + j.id() + "/results?format=jsonl");
        links.put("csv", "/api/v1/batches/" + j.id() + "/results?format=csv");
        return o;
    }

    /** An input stream that refuses to read past {@code max} bytes (413), so an endless body cannot fill the disk. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw tooLarge();
            }
        }
    }
}
