package org.vigil.lists.update;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.SourceIds;

/**
 * Where and how to fetch one list.
 *
 * @param urls     the file(s) of one publication; each is saved under the name in {@code fileNames}
 * @param retries  how many times a failed fetch is retried (with back-off) before the update of this source fails
 */
public record SourceConfig(String source, ListFormat format, List<URI> urls, List<String> fileNames,
                           Duration timeout, int retries, long maxBytes, boolean enabled) {

    public SourceConfig {
        SourceIds.require(source);
        Objects.requireNonNull(format, "format");
        urls = List.copyOf(urls);
        fileNames = List.copyOf(fileNames);
        if (urls.isEmpty() || urls.size() != fileNames.size()) {
            throw new IllegalArgumentException(source + ": need one file name per URL");
        }
        for (String n : fileNames) {
            if (!n.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException(source + ": invalid file name '" + n + "'");
            }
        }
        for (URI u : urls) {
            String scheme = u.getScheme() == null ? "" : u.getScheme();
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException(source + ": only http(s) URLs are fetched, not " + u);
            }
        }
        Objects.requireNonNull(timeout, "timeout");
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException(source + ": retries must be 0..10");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException(source + ": maxBytes must be positive");
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RETRIES = 3;
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public static SourceConfig of(String source, ListFormat format, List<URI> urls, List<String> fileNames) {
        return new SourceConfig(source, format, urls, fileNames, DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_MAX_BYTES,
                true);
    }

    /**
     * The official publication URLs Vigil fetches by default. The EU file needs the public token the EU publishes
     * with its download links; the OFAC legacy CSV set is four files.
     */
    public static List<SourceConfig> defaults() {
        return List.of(
                of("un-sc", ListFormat.UN_XML,
                        List.of(URI.create("https://scsanctions.un.org/resources/xml/en/consolidated.xml")),
                        List.of("consolidated.xml")),
                of("us-ofac-sdn", ListFormat.OFAC_CSV, List.of(
                                URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"),
                                URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV"),
                                URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV"),
                                URI.create("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV")),
                        List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")),
                of("gb-hmt", ListFormat.UK_CSV,
                        List.of(URI.create("https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv")),
                        List.of("ConList.csv")),
                of("eu-fsf", ListFormat.EU_XML,
                        List.of(URI.create("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw")),
                        List.of("eu-fsf.xml")));
    }

    public SourceConfig withUrls(List<URI> u) {
        return new SourceConfig(source, format, u, fileNames, timeout, retries, maxBytes, enabled);
    }

    public SourceConfig withTimeout(Duration t) {
        return new SourceConfig(source, format, urls, fileNames, t, retries, maxBytes, enabled);
    }

    public SourceConfig withRetries(int r) {
        return new SourceConfig(source, format, urls, fileNames, timeout, r, maxBytes, enabled);
    }

    public SourceConfig withMaxBytes(long m) {
        return new SourceConfig(source, format, urls, fileNames, timeout, retries, m, enabled);
    }

    public SourceConfig withEnabled(boolean e) {
        return new SourceConfig(source, format, urls, fileNames, timeout, retries, maxBytes, e);
    }
}
