package org.vigil.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.match.analysis.AnalyzedName;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.analysis.NameWords;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;
import org.vigil.match.score.TokenFeatures;
import org.vigil.match.score.TokenSimilarity;
import org.vigil.match.score.Weights;

/**
 * An immutable inverted index over the names of a set of listed records. Every distinct analysed token is a
 * <em>term</em> with its features and weight; terms are found by exact text, learned variant class, consonant
 * skeleton, Double Metaphone code and deletion neighbourhood (one deletion, two for tokens of seven letters or
 * more), and each term lists the names that contain it. Adjacent tokens of a listed name are also indexed joined
 * ("abdul rahman" as "abdulrahman") so that names split differently still meet.
 *
 * <p>Build one per set of list versions with {@link #build}; to swap lists at run time, build a new index and replace
 * the reference (searches in flight keep the old one).
 */
public final class MatchIndex {

    final NameAnalyzer analyzer;
    final Entity[] entities;
    final String[] sources;
    final int[] entitySource;

    final int[] nameEntity;
    final NameKind[] nameKind;
    final String[] nameValue;
    final int[][] nameTerms;
    /** Per name: triples (term, first token, token count) of joined adjacent tokens. */
    final int[][] nameCompounds;
    /** Compound terms that are the acronym of a name (of a record that is not a person). */
    final java.util.BitSet acronymTerms;
    final float[] nameWeight;

    final TokenFeatures[] termFeatures;
    final float[] termWeight;
    final int[] termDf;
    final int[][] postings;
    final int baseTerms;

    final Map<String, Integer> byText;
    final int[][] byVariant;
    final Map<String, int[]> bySkeleton;
    final Map<String, int[]> byShortSkeleton;
    final Map<String, int[]> byAbjadShortSkeleton;
    final Map<String, int[]> byMetaphone;
    final Map<String, int[]> byVowelSkeleton;
    /** Cross-script skeletons ({@link org.vigil.match.analysis.Skeleton#crossScript}) of abjad terms, of Latin terms. */
    final Map<String, int[]> byCrossAbjad;
    final Map<String, int[]> byCrossLatin;
    /** {@link org.vigil.match.analysis.Skeleton#latinCross} keys (both readings of "th") of Latin terms. */
    final Map<String, int[]> byLatinCross;
    /** {@link org.vigil.match.analysis.KoreanRomanization} keys of Latin terms (joined forms too). */
    final Map<String, int[]> byKorean;
    final LongIntsMap byDeletion;

    /** A query token's features and the listed terms it matches (cached per token). */
    record TermMatches(TokenFeatures features, int[] terms, float[] sims, byte[] rules) {
    }

    /**
     * What a query token's matches depend on: its text, kind, script (abjad or not), whether it is a joined form,
     * and its variant classes.
     */
    record TokenKey(String text, int flags, int variants) {
        static TokenKey of(String text, TokenKind kind, boolean abjad, boolean joined, int[] variants) {
            return new TokenKey(text, kind.ordinal() << 2 | (abjad ? 2 : 0) | (joined ? 1 : 0),
                    Arrays.hashCode(variants));
        }
    }

    /**
     * The per-token cache is bounded by weight (listed terms held across all cached tokens, ~9 bytes each), not by
     * count: a common token matches thousands of terms, a rare one a handful.
     */
    static final long TOKEN_CACHE_MAX_TERMS = 4_000_000;
    /** Tokens seen once, remembered so that a token is cached the second time it is seen (the doorkeeper). */
    static final int DOORKEEPER_LIMIT = 200_000;
    final java.util.concurrent.ConcurrentHashMap<TokenKey, TermMatches> tokenCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<TokenKey> seenOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong cachedTerms = new java.util.concurrent.atomic.AtomicLong();

    private volatile boolean tokenCacheEnabled = true;

    /** Forgets the per-token cache (for measurements of the uncached path). */
    public void clearTokenCache() {
        tokenCache.clear();
        seenOnce.clear();
        cachedTerms.set(0);
    }

    /** Turns the per-token cache on or off (off: every query token is looked up afresh; for measurements). */
    public void setTokenCacheEnabled(boolean enabled) {
        tokenCacheEnabled = enabled;
        if (!enabled) {
            clearTokenCache();
        }
    }

    /** How many query tokens the per-token cache holds. */
    public int tokenCacheSize() {
        return tokenCache.size();
    }

    /**
     * Offers a token's lookup to the cache. Admitted only the second time the token is seen: names seen once (typos,
     * customers' unique surnames) would otherwise fill the cache with entries never read again, and the garbage
     * collector would copy them until they were evicted. When the weight budget is spent, the cache starts over.
     */
    void cacheTerms(TokenKey key, TermMatches m) {
        if (!tokenCacheEnabled) {
            return;
        }
        if (!seenOnce.remove(key)) {
            if (seenOnce.size() >= DOORKEEPER_LIMIT) {
                seenOnce.clear();
            }
            seenOnce.add(key);
            return;
        }
        // the entry's own objects (key, features and their strings: a few hundred bytes) weigh as 32 terms
        int weight = m.terms().length + 32;
        if (cachedTerms.addAndGet(weight) > TOKEN_CACHE_MAX_TERMS) {
            tokenCache.clear();
            cachedTerms.set(weight);
        }
        tokenCache.put(key, m);
    }

    private MatchIndex(Builder b) {
        analyzer = b.analyzer;
        entities = b.entities.toArray(Entity[]::new);
        sources = b.sourceIds.keySet().toArray(String[]::new);
        entitySource = b.entitySource.stream().mapToInt(Integer::intValue).toArray();
        int names = b.nameEntity.size();
        nameEntity = b.nameEntity.stream().mapToInt(Integer::intValue).toArray();
        nameKind = b.nameKind.toArray(NameKind[]::new);
        nameValue = b.nameValue.toArray(String[]::new);
        nameTerms = b.nameTerms.toArray(int[][]::new);
        nameCompounds = b.nameCompounds.toArray(int[][]::new);
        acronymTerms = b.acronymTerms;
        // features of every term (Metaphone codes, skeletons, respellings), on every core
        termFeatures = b.terms.parallelStream().map(TermSpec::features).toArray(TokenFeatures[]::new);
        baseTerms = b.baseTerms;
        int terms = termFeatures.length;
        termWeight = new float[terms];
        termDf = Arrays.copyOf(b.df, terms);
        int n = entities.length;
        for (int t = 0; t < terms; t++) {
            termWeight[t] = (float) Weights.weight(termFeatures[t].kind(), n, b.df[t]);
        }
        nameWeight = new float[names];
        for (int i = 0; i < names; i++) {
            float w = 0;
            for (int t : nameTerms[i]) {
                w += termWeight[t];
            }
            nameWeight[i] = w;
        }
        postings = new int[terms][];
        for (int t = 0; t < terms; t++) {
            postings[t] = b.postings[t] == null ? new int[0] : b.postings[t].toArray();
        }
        byText = b.byText;
        byVariant = new int[b.analyzer.variants().classCount()][];
        Map<Integer, IntList> variant = new HashMap<>();
        Map<String, IntList> skeleton = new HashMap<>();
        Map<String, IntList> shortSkeleton = new HashMap<>();
        Map<String, IntList> abjadShort = new HashMap<>();
        Map<String, IntList> metaphone = new HashMap<>();
        Map<String, IntList> vowelSkeleton = new HashMap<>();
        Map<String, IntList> crossAbjad = new HashMap<>();
        Map<String, IntList> crossLatin = new HashMap<>();
        Map<String, IntList> latinCross = new HashMap<>();
        Map<String, IntList> korean = new HashMap<>();
        LongIntsMap deletion = new LongIntsMap(terms * 8);
        long[][] deletionKeys = IntStream.range(0, terms).parallel()
                .mapToObj(t -> keyed(t) ? deletionKeys(termFeatures[t], t >= baseTerms) : null)
                .toArray(long[][]::new);
        for (int t = 0; t < terms; t++) {
            if (!keyed(t)) {
                continue;
            }
            TokenFeatures f = termFeatures[t];
            boolean compound = t >= baseTerms;
            String sk = f.skeleton();
            String skAlt = f.skeletonAlt();
            if (skAlt.length() >= 3) {
                add(skeleton, skAlt, t);
            } else if (skAlt.length() == 2) {
                add(shortSkeleton, skAlt, t);
                add(abjadShort, skAlt, t);
            }
            if (sk.length() >= 3) {
                add(skeleton, sk, t);
            } else if (sk.length() == 2) {
                add(shortSkeleton, sk, t);
                if (f.abjad()) {
                    add(abjadShort, sk, t);
                }
                if (!f.vowelSkeleton().isEmpty()) {
                    add(vowelSkeleton, f.vowelSkeleton(), t);
                }
            }
            if (f.crossSkeleton().length() >= TokenSimilarity.MIN_CROSS_SKELETON) {
                add(f.abjad() ? crossAbjad : crossLatin, f.crossSkeleton(), t);
            }
            if (!f.latinCross().isEmpty()) { // none for joined forms (TokenFeatures.ofJoined)
                add(latinCross, f.latinCross(), t);
                if (!f.latinCrossAlt().isEmpty()) {
                    add(latinCross, f.latinCrossAlt(), t);
                }
            }
            if (!f.korean().isEmpty()) {
                add(korean, f.korean(), t);
            }
            for (long h : deletionKeys[t]) {
                deletion.add(h, t);
            }
            if (!compound) {
                for (int c : f.variants()) {
                    variant.computeIfAbsent(c, k -> new IntList()).add(t);
                }
                if (f.metaphone().length() >= 3) {
                    add(metaphone, f.metaphone(), t);
                    if (!f.metaphoneAlt().equals(f.metaphone())) {
                        add(metaphone, f.metaphoneAlt(), t);
                    }
                }
            }
        }
        variant.forEach((c, l) -> byVariant[c] = l.toArray());
        bySkeleton = freeze(skeleton);
        byShortSkeleton = freeze(shortSkeleton);
        byAbjadShortSkeleton = freeze(abjadShort);
        byMetaphone = freeze(metaphone);
        byVowelSkeleton = freeze(vowelSkeleton);
        byCrossAbjad = freeze(crossAbjad);
        byCrossLatin = freeze(crossLatin);
        byLatinCross = freeze(latinCross);
        byKorean = freeze(korean);
        byDeletion = deletion.freeze();
    }

    /**
     * Whether a term is found by more than its exact text: not a number or a single letter, and not an acronym (found
     * by its exact text only: its neighbours are other acronyms).
     */
    private boolean keyed(int t) {
        TokenFeatures f = termFeatures[t];
        return f.kind() != TokenKind.NUMBER && f.text().length() >= 2 && !acronymTerms.get(t);
    }

    /**
     * A term's deletion keys ({@link DeletionKeys}): of its text, and of its English-style spelling when it is written
     * in a German, Polish, Somali or French one.
     */
    private static long[] deletionKeys(TokenFeatures f, boolean compound) {
        LongList keys = new LongList();
        DeletionKeys.forEach(f.text(), DeletionKeys.edits(f.text().length(), compound), keys::add);
        if (!f.transcribed().isEmpty()) {
            String tr = f.transcribed();
            DeletionKeys.forEach(tr, DeletionKeys.respeltEdits(tr.length()), keys::add);
        }
        return keys.toArray();
    }

    /** A growable list of longs, no boxing. */
    private static final class LongList {
        private long[] a = new long[16];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static void add(Map<String, IntList> m, String key, int t) {
        m.computeIfAbsent(key, k -> new IntList()).addDistinct(t);
    }

    private static Map<String, int[]> freeze(Map<String, IntList> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** Builds an index over the given records with the standard analyzer. */
    public static MatchIndex build(List<Entity> entities) {
        return build(entities, NameAnalyzer.standard());
    }

    public static MatchIndex build(List<Entity> entities, NameAnalyzer analyzer) {
        // analysing a record's names needs nothing from other records: it runs on every core, then the records are
        // added one by one in their order, so the index is the same however many cores there are
        List<List<Analyzed>> analyzed = entities.parallelStream().map(e -> analyze(e, analyzer)).toList();
        Builder b = new Builder(analyzer);
        for (int i = 0; i < entities.size(); i++) {
            b.add(entities.get(i), analyzed.get(i));
        }
        b.finishCompounds();
        return new MatchIndex(b);
    }

    /** A term as the builder collects it: a token (or joined tokens) whose features are computed later. */
    private record TermSpec(String text, TokenKind kind, boolean abjad, int[] variants, boolean joined) {
        TermSpec withVariants(int[] classes) {
            return new TermSpec(text, kind, abjad, classes, joined);
        }

        TokenFeatures features() {
            return joined ? TokenFeatures.ofJoined(text, abjad, variants)
                    : TokenFeatures.of(text, kind, abjad, variants);
        }
    }

    /** One analysed form of a record's name. */
    private record Analyzed(Name name, AnalyzedName analyzed) {
    }

    /**
     * The analysed forms of a record's names, strongest kinds first (so a name listed as both primary and weak alias
     * counts as primary), each distinct analysis once; a name too long to analyse is left out.
     */
    private static List<Analyzed> analyze(Entity e, NameAnalyzer analyzer) {
        List<Name> names = new ArrayList<>(e.names());
        names.sort((x, y) -> Integer.compare(x.kind().ordinal(), y.kind().ordinal()));
        Set<String> seen = new HashSet<>();
        List<Analyzed> out = new ArrayList<>(names.size());
        for (Name name : names) {
            for (String form : NameForms.of(name.value())) {
                AnalyzedName a;
                try {
                    a = analyzer.analyze(form);
                } catch (IllegalArgumentException tooLong) {
                    continue;
                }
                if (!a.isEmpty() && seen.add(a.text())) {
                    out.add(new Analyzed(name, a));
                }
            }
        }
        return out;
    }

    public int entityCount() {
        return entities.length;
    }

    public int nameCount() {
        return nameEntity.length;
    }

    public int termCount() {
        return baseTerms;
    }

    public List<String> sources() {
        return List.of(sources);
    }

    public NameAnalyzer analyzer() {
        return analyzer;
    }

    /** The weight of a token among this index's names (an unknown token weighs as much as the rarest). */
    public double weightOf(String text, TokenKind kind) {
        int t = exactTerm(text, false);
        int df = t < 0 ? 0 : termDf[t];
        return Weights.weight(kind, entities.length, df);
    }

    /** Whether some listed name contains this token. */
    public boolean contains(String text) {
        return exactTerm(text, false) >= 0;
    }

    /**
     * Term keys: a token's text; a token written in an abjad (Arabic, Hebrew; no short vowels) is a term of its own,
     * so its looser rules never leak onto the same letters written in Latin ("ahd"); joined adjacent tokens too.
     */
    static String key(String text, boolean abjad) {
        return abjad ? text + "#a" : text;
    }

    static String joinedKey(String text) {
        return text + "#j";
    }

    /** The single-token term with this text (preferring the given script kind), or -1. */
    int exactTerm(String text, boolean abjad) {
        Integer t = byText.get(key(text, abjad));
        if (t == null) {
            t = byText.get(key(text, !abjad));
        }
        return t == null ? -1 : t;
    }

    /** Accumulates the index while reading records. */
    private static final class Builder {
        final NameAnalyzer analyzer;
        final List<Entity> entities = new ArrayList<>();
        final Map<String, Integer> sourceIds = new LinkedHashMap<>();
        final List<Integer> entitySource = new ArrayList<>();
        final List<Integer> nameEntity = new ArrayList<>();
        final List<NameKind> nameKind = new ArrayList<>();
        final List<String> nameValue = new ArrayList<>();
        final List<int[]> nameTerms = new ArrayList<>();
        final List<int[]> nameCompounds = new ArrayList<>();
        /** Compound terms that are some name's acronym ({@link JoinedTokens#acronyms}). */
        final java.util.BitSet acronymTerms = new java.util.BitSet();
        /** What each term's features are computed from; the features themselves are computed once, at the end. */
        final List<TermSpec> terms = new ArrayList<>();
        final Map<String, Integer> byText = new HashMap<>();
        final List<List<Token>> nameTokens = new ArrayList<>();
        int[] df = new int[1024];
        IntList[] postings = new IntList[1024];
        int baseTerms;

        Builder(NameAnalyzer analyzer) {
            this.analyzer = analyzer;
        }

        void add(Entity e, List<Analyzed> names) {
            int entity = entities.size();
            entities.add(e);
            entitySource.add(sourceIds.computeIfAbsent(e.id().source(), k -> sourceIds.size()));
            Set<Integer> entityTerms = new HashSet<>();
            for (Analyzed n : names) {
                addName(entity, n.name(), n.analyzed(), entityTerms);
            }
            for (int t : entityTerms) {
                df[t]++;
            }
        }

        private void addName(int entity, Name name, AnalyzedName a, Set<Integer> entityTerms) {
            List<Token> tokens = a.tokens();
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = term(tokens.get(i));
                entityTerms.add(ids[i]);
            }
            int nameId = nameEntity.size();
            nameEntity.add(entity);
            nameKind.add(name.kind());
            nameValue.add(name.value());
            nameTerms.add(ids);
            nameTokens.add(tokens);
            for (int t : ids) {
                posting(t).addDistinct(nameId);
            }
        }

        int term(Token token) {
            String key = key(token.text(), token.abjad());
            Integer id = byText.get(key);
            if (id != null) {
                TermSpec f = terms.get(id);
                int[] union = union(f.variants(), token.variants());
                if (union != f.variants()) {
                    terms.set(id, f.withVariants(union));
                }
                return id;
            }
            int t = terms.size();
            // one letter: a particle if it can be one ("e" in "lashkar e taiba"), else an initial
            TokenKind kind = token.text().length() == 1 ? NameWords.kindOf(token.text(), true) : token.kind();
            terms.add(new TermSpec(token.text(), kind, token.abjad(), token.variants(), false));
            byText.put(key, t);
            grow(t);
            return t;
        }

        /** The sorted union of two sorted class arrays; {@code a} itself when b adds nothing. */
        static int[] union(int[] a, int[] b) {
            int extra = 0;
            for (int x : b) {
                if (Arrays.binarySearch(a, x) < 0) {
                    extra++;
                }
            }
            if (extra == 0) {
                return a;
            }
            int[] out = Arrays.copyOf(a, a.length + extra);
            int k = a.length;
            for (int x : b) {
                if (Arrays.binarySearch(a, x) < 0) {
                    out[k++] = x;
                }
            }
            Arrays.sort(out);
            return out;
        }

        void grow(int t) {
            if (t >= df.length) {
                df = Arrays.copyOf(df, df.length * 2);
                postings = Arrays.copyOf(postings, postings.length * 2);
            }
        }

        IntList posting(int t) {
            IntList l = postings[t];
            if (l == null) {
                l = new IntList();
                postings[t] = l;
            }
            return l;
        }

        /** Adds joined adjacent tokens of every name as extra terms (after all single tokens have their ids). */
        void finishCompounds() {
            baseTerms = terms.size();
            for (int nameId = 0; nameId < nameTokens.size(); nameId++) {
                IntList triples = new IntList();
                List<Token> tokens = nameTokens.get(nameId);
                boolean person = entities.get(nameEntity.get(nameId)).schema() == org.vigil.lists.model.Schema.PERSON;
                for (JoinedTokens.Span span : JoinedTokens.of(tokens, tokens.size(), true, !person)) {
                    compound(nameId, span, triples);
                }
                nameCompounds.add(triples.toArray());
            }
            nameTokens.clear();
        }

        private void compound(int nameId, JoinedTokens.Span span, IntList triples) {
            String text = span.text();
            boolean abjad = span.abjad();
            String key = joinedKey(key(text, abjad));
            Integer existing = byText.get(key);
            int t;
            if (existing != null) {
                t = existing;
            } else {
                t = terms.size();
                terms.add(new TermSpec(text, TokenKind.NAME, abjad, new int[0], true));
                byText.put(key, t);
                grow(t);
            }
            posting(t).addDistinct(nameId);
            if (span.acronym()) {
                acronymTerms.set(t);
            }
            triples.add(t);
            triples.add(span.start());
            triples.add(span.length());
        }
    }
}
