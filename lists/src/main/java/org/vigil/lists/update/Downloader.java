package org.vigil.lists.update;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches one URL into a file. The transport (HTTP) lives outside the lists module; this is the contract the
 * {@link ListUpdater} needs: conditional requests, a size limit and a timeout.
 */
public interface Downloader {

    /**
     * @param validators the ETag / Last-Modified of the copy fetched last time, sent as If-None-Match /
     *                   If-Modified-Since so an unchanged list is not downloaded again
     * @return {@link Fetch#notModified()} if the server says the copy is current; otherwise the file was written
     * @throws IOException on a network error, a timeout, an error status (with the status in the message) or a body
     *                     larger than {@code maxBytes}; a {@link RetryableException} if trying again may help
     */
    Fetch fetch(URI uri, Validators validators, Path target, long maxBytes, Duration timeout) throws IOException;

    /** HTTP cache validators of a fetched copy. */
    record Validators(Optional<String> etag, Optional<String> lastModified) {
        public static Validators none() {
            return new Validators(Optional.empty(), Optional.empty());
        }
    }

    /** The outcome of one fetch. */
    record Fetch(boolean notModified, long bytes, Validators validators) {
    }

    /** A failure worth retrying: a timeout, a connection error, HTTP 5xx or 429. */
    final class RetryableException extends IOException {
        private static final long serialVersionUID = 1L;

        public RetryableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
