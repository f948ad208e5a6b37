package org.vigil.app.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.vigil.lists.update.Downloader;

/**
 * Fetches list files over HTTP(S) with the JDK client: connect and overall timeouts, redirects followed (never from
 * https to http), conditional requests, a hard size limit checked against Content-Length and while streaming.
 */
public final class JdkHttpDownloader implements Downloader {
    private final HttpClient client;

    public JdkHttpDownloader() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build());
    }

    JdkHttpDownloader(HttpClient client) {
        this.client = client;
    }

    @Override
    public Fetch fetch(URI uri, Validators validators, Path target, long maxBytes, Duration timeout)
            throws IOException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "Vigil list updater (+https://github.com/vigil)")
                .header("Accept-Encoding", "identity");
        validators.etag().ifPresent(e -> req.header("If-None-Match", e));
        validators.lastModified().ifPresent(l -> req.header("If-Modified-Since", l));
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new RetryableException("cannot connect to " + uri.getHost() + ": " + describe(e), e);
        } catch (HttpTimeoutException e) {
            throw new RetryableException("no answer within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (IOException e) {
            throw new RetryableException("network error talking to " + uri.getHost() + ": " + describe(e), e);
        }
        int status = resp.statusCode();
        Validators next = new Validators(resp.headers().firstValue("ETag"),
                resp.headers().firstValue("Last-Modified"));
        try (InputStream body = resp.body()) {
            if (status == 304) {
                return new Fetch(true, 0, validators);
            }
            if (status == 429 || status >= 500) {
                throw new RetryableException("HTTP " + status + " from " + uri.getHost(), null);
            }
            if (status != 200) {
                throw new IOException("HTTP " + status + " from " + uri.getHost() + uri.getPath());
            }
            Optional<Long> length = resp.headers().firstValueAsLong("Content-Length").stream().boxed().findFirst();
            if (length.isPresent() && length.get() > maxBytes) {
                throw new IOException("the server announces " + length.get() + " bytes, over the limit of "
                        + maxBytes + " bytes");
            }
            long n = copy(body, target, maxBytes);
            if (length.isPresent() && n != length.get()) {
                throw new RetryableException("download incomplete: " + n + " of " + length.get() + " bytes", null);
            }
            return new Fetch(false, n, next);
        } catch (HttpTimeoutException e) {
            throw new RetryableException("download stalled (timeout " + timeout.toSeconds() + " s)", e);
        }
    }

    /** The exception's message, or its kind and cause when the JDK gives none (a refused connection has none). */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        if (e instanceof ConnectException) {
            return "connection refused, or the host cannot be reached or resolved";
        }
        return e.getClass().getSimpleName();
    }

    private static long copy(InputStream in, Path target, long maxBytes) throws IOException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            int r;
            while ((r = in.read(buf)) >= 0) {
                total += r;
                if (total > maxBytes) {
                    throw new IOException("download exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(buf, 0, r);
            }
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return total;
    }
}
