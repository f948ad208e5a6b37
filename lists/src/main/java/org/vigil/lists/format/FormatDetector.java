package org.vigil.lists.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a list format from file names and the first few kilobytes, so {@code vigil lists load FILE} works
 * without {@code --format}. Only a guess: the chosen parser still validates the whole file.
 */
public final class FormatDetector {
    private static final int SNIFF = 8192;
    private static final Pattern ROOT = Pattern.compile("<(?!\\?|!)(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");

    private FormatDetector() {
    }

    public static Optional<ListFormat> detect(List<Path> files) throws IOException {
        List<Path> all = ListInput.of(files).expandedFiles();
        for (Path p : all) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.equals("sdn.csv") || n.equals("cons_prim.csv")) {
                return Optional.of(ListFormat.OFAC_CSV);
            }
        }
        if (all.size() != 1) {
            return Optional.empty();
        }
        Path f = all.get(0);
        String head = head(f);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<")) {
            Matcher m = ROOT.matcher(trimmed.replaceAll("(?s)<!--.*?-->", ""));
            if (m.find()) {
                return switch (m.group(1)) {
                    case "CONSOLIDATED_LIST" -> Optional.of(ListFormat.UN_XML);
                    case "sdnList" -> Optional.of(ListFormat.OFAC_XML);
                    case "export" -> Optional.of(ListFormat.EU_XML);
                    default -> Optional.empty();
                };
            }
            return Optional.empty();
        }
        if (trimmed.startsWith("{")) {
            return Optional.of(trimmed.contains("\"schema\"") && trimmed.contains("\"properties\"")
                    ? ListFormat.FTM_JSON : ListFormat.VIGIL_JSON);
        }
        String firstLine = trimmed.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (firstLine.startsWith("last updated") || head.contains("Group ID") || head.contains("Group Type")) {
            return Optional.of(ListFormat.UK_CSV);
        }
        if (head.contains("التصنيف") || head.contains("شخص إرهابي")) {
            return Optional.of(ListFormat.UAE_CSV);
        }
        if (firstLine.matches("(?:\"?[a-z_]+\"?,)*\"?(?:id|name)\"?(?:,.*)?")) {
            return Optional.of(ListFormat.VIGIL_CSV);
        }
        return Optional.empty();
    }

    private static String head(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] b = in.readNBytes(SNIFF);
            String s = new String(b, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }
}
