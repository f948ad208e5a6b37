package org.vigil.bench.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.match.analysis.ArabicNormalizer;
import com.ibm.icu.text.Transliterator;
import org.vigil.match.analysis.LatinFolder;
import org.vigil.match.analysis.Skeleton;
import org.vigil.match.analysis.TextNormalizer;

/**
 * Generates {@code match/src/main/resources/org/vigil/match/variants.tsv}, the learned spelling-variant classes,
 * from two Arabic&lt;-&gt;Latin name corpora in {@code ../shared/data/name_matching}:
 * the Wikidata token alignments of Merhav &amp; Ash (COLING 2018, CC0) and Google's ar2en Wikipedia pairs
 * (Apache-2.0).
 *
 * <p>Every Latin spelling seen for one normalised Arabic spelling joins that spelling's class, if the pair is not
 * noise: a Wikidata pair must be seen at least {@value #MIN_COUNT} times and make up at least
 * {@value #MIN_SHARE} of the Arabic spelling's pairs (this drops alignment errors such as "morocco" for محمد), and
 * its consonant skeleton must be close to that of the Arabic spelling's letter-by-letter transliteration;
 * each Google pair counts as {@value #MIN_COUNT} sightings. A Latin spelling joins at most {@value #MAX_CLASSES}
 * classes (its most frequent ones).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.vigil.bench.tools.BuildVariantTable ../shared/data/name_matching
 * match/src/main/resources/org/vigil/match/variants.tsv}
 */
public final class BuildVariantTable {

    static final int MIN_COUNT = 2;
    static final double MIN_SHARE = 0.01;
    static final int MAX_CLASSES = 3;
    static final int MAX_SPELLINGS = 16;

    private BuildVariantTable() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/data/name_matching");
        Path out = Path.of(args.length > 1 ? args[1] : "match/src/main/resources/org/vigil/match/variants.tsv");
        Map<String, Map<String, Integer>> groups = new TreeMap<>();
        int wd = 0;
        for (String line : Files.readAllLines(corpora.resolve(
                "coling2018_wikidata_arabic/wd_arabic.normalized.aligned.tokens.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                add(groups, f[1].replace(" ", ""), f[0], Integer.parseInt(f[2].trim()));
                wd++;
            }
        }
        int google = 0;
        for (String line : Files.readAllLines(corpora.resolve("google_transliteration_ar2en/ar2en.tsv"),
                StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                add(groups, f[0], f[1], MIN_COUNT);
                google++;
            }
        }
        // keep the pairs that are not noise
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Map<String, List<Map.Entry<String, Integer>>> latinToClasses = new HashMap<>();
        groups.forEach((arabic, latins) -> {
            int total = latins.values().stream().mapToInt(Integer::intValue).sum();
            List<Map.Entry<String, Integer>> kept = new ArrayList<>();
            String arabicSkeleton = Skeleton.of(transliterate(arabic));
            for (Map.Entry<String, Integer> e : latins.entrySet()) {
                if (e.getValue() >= MIN_COUNT && e.getValue() >= MIN_SHARE * total
                        && plausible(arabicSkeleton, Skeleton.of(e.getKey()))) {
                    kept.add(e);
                }
            }
            kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            if (kept.size() > MAX_SPELLINGS) {
                kept = kept.subList(0, MAX_SPELLINGS);
            }
            if (!kept.isEmpty()) {
                List<String> spellings = new ArrayList<>();
                for (Map.Entry<String, Integer> e : kept) {
                    spellings.add(e.getKey());
                    latinToClasses.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(Map.entry(arabic, e.getValue()));
                }
                classes.put(arabic, spellings);
            }
        });
        // a Latin spelling stays in at most MAX_CLASSES classes, its most frequent
        latinToClasses.forEach((latin, list) -> {
            if (list.size() > MAX_CLASSES) {
                list.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
                for (Map.Entry<String, Integer> drop : list.subList(MAX_CLASSES, list.size())) {
                    List<String> spellings = classes.get(drop.getKey());
                    if (spellings.size() > 1) {
                        spellings.remove(latin);
                    }
                }
            }
        });
        Files.createDirectories(out.toAbsolutePath().getParent());
        int lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Learned spelling-variant classes: normalised Arabic spelling TAB Latin spellings, most frequent first.\n");
            w.write("# Generated by org.vigil.bench.tools.BuildVariantTable from the corpora cited in variants.SOURCE.md.\n");
            w.write("# Do not edit by hand: change the generator and run it again.\n");
            for (Map.Entry<String, List<String>> e : classes.entrySet()) {
                w.write(e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
                lines++;
            }
        }
        System.out.printf("read %d Wikidata and %d Google pairs; wrote %d classes to %s%n", wd, google, lines, out);
    }

    private static final Transliterator ARABIC_LATIN = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

    private static String transliterate(String arabic) {
        return LatinFolder.fold(ARABIC_LATIN.transliterate(arabic).toLowerCase(java.util.Locale.ROOT)).replace(" ", "");
    }

    /**
     * Whether a Latin spelling can be a transliteration of the Arabic one: their consonant skeletons differ by at
     * most one edit, or a third of the longer one. Drops whole-name alignments of a single token ("abdelkader"
     * for عبد) while keeping real variants ("hafedh" for حافظ, "mehmet" for محمد).
     */
    static boolean plausible(String arabicSkeleton, String latinSkeleton) {
        int d = levenshtein(arabicSkeleton, latinSkeleton);
        return d <= Math.max(1, Math.max(arabicSkeleton.length(), latinSkeleton.length()) / 3);
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static void add(Map<String, Map<String, Integer>> groups, String arabicRaw, String latinRaw, int count) {
        String arabic = ArabicNormalizer.normalize(TextNormalizer.normalize(arabicRaw).replace(" ", ""));
        String latin = LatinFolder.fold(TextNormalizer.normalize(latinRaw)).replace(" ", "");
        if (arabic.isEmpty() || latin.length() < 2 || !latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return;
        }
        if (!arabic.codePoints().allMatch(ArabicNormalizer::isArabicScript)) {
            return;
        }
        groups.computeIfAbsent(arabic, k -> new TreeMap<>()).merge(latin, count, Integer::sum);
    }

}
